import type { ReactNode } from 'react';
import { fieldValue, tableValues, type PrintContext } from './form-data';
import type { FieldPart, FormItem, FormTemplate, Signature } from './form-templates';

/** One form, drawn from its template: numbered items, dotted lines for what is not known, tables, signatures. */
export function FormSheet({ template, context, photoUrl }: { template: FormTemplate; context: PrintContext; photoUrl: string | undefined }) {
  return (
    <article className="print-sheet" aria-label={template.title}>
      <header className="form-header">
        <div className="form-header-side">
          {template.headerLeft.map((part) => (
            <Line key={part.label} parts={[part]} context={context} />
          ))}
        </div>
        <div className="form-header-side form-header-right">
          <p className="form-code">{template.code}</p>
          {template.headerRight.map((part) => (
            <Line key={part.label} parts={[part]} context={context} />
          ))}
        </div>
      </header>
      <div className="form-title-block">
        <div className="form-photo" style={{ width: `${template.photo.widthMm}mm`, height: `${template.photo.heightMm}mm` }}>
          {photoUrl ? <img src={photoUrl} alt={template.photo.label} /> : <span>{template.photo.label}</span>}
        </div>
        <h2 className="form-title">{template.title}</h2>
      </div>
      <div className="form-items">
        {template.items.map((item, index) => (
          <Item key={index} item={item} context={context} />
        ))}
      </div>
      <footer className="form-signatures">
        {template.signatures.map((signature) => (
          <SignatureBlock key={signature.title} signature={signature} />
        ))}
      </footer>
    </article>
  );
}

function ItemNumber({ number }: { number: string | undefined }) {
  return number ? <span className="form-number">{number} </span> : null;
}

function Line({ parts, context }: { parts: readonly FieldPart[]; context: PrintContext }) {
  return (
    <p className="form-line">
      {parts.map((part) => (
        <span key={`${part.number ?? ''}${part.label}`} className="form-part">
          <span className="form-label">
            <ItemNumber number={part.number} />
            {part.label}:
          </span>
          <span className="form-value">{fieldValue(context, part.source)}</span>
        </span>
      ))}
    </p>
  );
}

function Heading({ number, label }: { number: string | undefined; label: string }) {
  return (
    <p className="form-heading">
      <ItemNumber number={number} />
      {label}
    </p>
  );
}

function BlankLines({ count }: { count: number }) {
  return (
    <div className="form-blank-lines">
      {Array.from({ length: count }, (_, index) => (
        <span key={index} />
      ))}
    </div>
  );
}

function Item({ item, context }: { item: FormItem; context: PrintContext }): ReactNode {
  switch (item.kind) {
    case 'line':
      return <Line parts={item.parts} context={context} />;
    case 'heading':
      return <Heading number={item.number} label={item.label} />;
    case 'paragraph': {
      const text = fieldValue(context, item.source);
      return (
        <div className="form-paragraph">
          <Heading number={item.number} label={item.label} />
          {text ? <p className="form-text">{text}</p> : <BlankLines count={item.blankLines} />}
        </div>
      );
    }
    case 'blank':
      return (
        <div className="form-paragraph">
          <Heading number={item.number} label={item.label} />
          <BlankLines count={item.lines} />
        </div>
      );
    case 'table':
      return <Table item={item} context={context} />;
  }
}

function Table({ item, context }: { item: Extract<FormItem, { kind: 'table' }>; context: PrintContext }) {
  const rows: Record<string, string>[] = tableValues(context, item.source);
  const blank = (count: number) => Array.from({ length: Math.max(count, 0) }, () => ({}) as Record<string, string>);
  // Down the page, blank rows only stand in for an empty table; across it, the form keeps its columns to fill by hand.
  const filled = item.layout === 'across' ? [...rows, ...blank(item.blankRows - rows.length)] : rows.length > 0 ? rows : blank(item.blankRows);
  return (
    <div className="form-table-block">
      <Heading number={item.number} label={item.label} />
      {item.layout === 'across' ? (
        <table className="form-table form-table-across">
          <tbody>
            {item.columns.map((column) => (
              <tr key={column.column}>
                <th scope="row">{column.label}</th>
                {filled.map((row, index) => (
                  <td key={index}>{row[column.column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <table className="form-table">
          <thead>
            <tr>
              {item.columns.map((column) => (
                <th key={column.column} scope="col" style={column.width ? { width: column.width } : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {filled.map((row, index) => (
              <tr key={index}>
                {item.columns.map((column) => (
                  <td key={column.column}>{row[column.column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function SignatureBlock({ signature }: { signature: Signature }) {
  return (
    <div className="form-signature">
      {signature.dateLine && <p className="form-signature-date">{signature.dateLine}</p>}
      <p className="form-signature-title">{signature.title}</p>
      <p className="form-signature-note">{signature.note}</p>
    </div>
  );
}
