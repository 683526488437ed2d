/**
 * The printed forms, as versioned data: each template is an id, a version and its items, numbered as on the paper
 * form. A new version of a form is a new entry here (the page prints the latest), not a new screen. The words are
 * those of the official Vietnamese forms, so they are data, not translations of the app's interface.
 */

/** A single value a form prints; form-data.ts says how each is read from a dossier. `blank` is a line left to fill by hand. */
export const fieldSources = [
  'blank',
  'province',
  'directUnit',
  'grassrootsUnit',
  'cell',
  'fullNameCaps',
  'otherNames',
  'birthDate',
  'sex',
  'birthplace',
  'hometown',
  'ethnicity',
  'religion',
  'familyBackground',
  'permanentResidence',
  'currentResidence',
  'phone',
  'occupation',
  'occupationBeforeRecruitment',
  'recruitmentDate',
  'recruitmentAgency',
  'currentPosts',
  'workplace',
  'civilServiceGrade',
  'civilServiceGradeCode',
  'salaryStep',
  'salaryCoefficient',
  'salaryEffectiveDate',
  'positionAllowance',
  'generalEducation',
  'professionalDegree',
  'academicTitle',
  'politicalTheory',
  'stateManagement',
  'foreignLanguage',
  'itLevel',
  'ethnicMinorityLanguage',
  'admissionDate',
  'admissionUnit',
  'fullMembershipDate',
  'firstIntroducer',
  'secondIntroducer',
  'readmissionDate',
  'restorationDate',
  'activityExemptionDate',
  'commendations',
  'disciplines',
  'partyBadge',
  'healthStatus',
  'height',
  'weight',
  'bloodGroup',
  'policyFamily',
  'citizenId',
  'citizenIdIssuedOn',
  'citizenIdIssuedBy',
  'socialInsuranceNumber',
  'dossierNumber',
  'partyCardNumber',
  'politicalHistory',
  'foreignRelations',
  'familyEconomy',
] as const;
export type FieldSource = (typeof fieldSources)[number];

/** The tables a form prints, and the columns each offers. */
export const tableSources = {
  training: ['school', 'major', 'span', 'mode', 'certificate'],
  work: ['span', 'postAndWorkplace'],
  familyOwn: ['relation', 'fullName', 'birthYear', 'details'],
  familySpouse: ['relation', 'fullName', 'birthYear', 'details'],
  salary: ['monthYear', 'gradeAndStep', 'coefficient'],
  commendations: ['monthYear', 'reasonAndForm', 'level'],
  disciplines: ['monthYear', 'reasonAndForm', 'level'],
} as const;
export type TableSource = keyof typeof tableSources;
export type TableColumn<T extends TableSource> = (typeof tableSources)[T][number];

export interface FieldPart {
  /** As printed: "1)", "15.2-", "a)". */
  readonly number?: string;
  readonly label: string;
  readonly source: FieldSource;
}

type TableItem = {
  [T in TableSource]: {
    readonly kind: 'table';
    readonly number?: string;
    readonly label: string;
    readonly source: T;
    /** `width`: the column's share of the table as the paper form draws it (the last column takes the rest). */
    readonly columns: readonly { readonly label: string; readonly column: TableColumn<T>; readonly width?: string }[];
    /** `across`: each record is a column (the salary table of 2C-BNV/2008), labels down the left. */
    readonly layout?: 'across';
    /** Empty rows printed when nothing is recorded; across the page, the number of columns the form always has. */
    readonly blankRows: number;
  };
}[TableSource];

export type FormItem =
  /** One printed line of labelled values: "6) Dân tộc: Kinh   7) Tôn giáo: Không". */
  | { readonly kind: 'line'; readonly parts: readonly FieldPart[] }
  | { readonly kind: 'heading'; readonly number?: string; readonly label: string }
  /** A free text under its own heading, or dotted lines to write on when there is none. */
  | { readonly kind: 'paragraph'; readonly number?: string; readonly label: string; readonly source: FieldSource; readonly blankLines: number }
  | TableItem
  /** Lines left for the office to write on (comments, assessment). */
  | { readonly kind: 'blank'; readonly number?: string; readonly label: string; readonly lines: number };

export interface Signature {
  /** The place-and-date line above the title, to fill by hand. */
  readonly dateLine?: string;
  readonly title: string;
  readonly note: string;
}

export interface FormTemplate {
  /** The form's official code, e.g. 2C/TCTW-98. */
  readonly id: string;
  /** The form's code in addresses and file names. */
  readonly slug: string;
  readonly version: number;
  /** The document that issued this version. */
  readonly issuedBy: string;
  /** The mark printed in the top right corner. */
  readonly code: string;
  readonly headerLeft: readonly FieldPart[];
  readonly headerRight: readonly FieldPart[];
  readonly photo: { readonly label: string; readonly widthMm: number; readonly heightMm: number };
  readonly title: string;
  readonly items: readonly FormItem[];
  readonly signatures: readonly Signature[];
  /** The start of the PDF's suggested file name (never the person's name: dossiers are confidential). */
  readonly fileStem: string;
}

const photo3x4 = { label: 'Ảnh 3x4', widthMm: 30, heightMm: 40 } as const;

const trainingColumns = [
  { label: 'Tên trường', column: 'school', width: '24%' },
  { label: 'Chuyên ngành đào tạo, bồi dưỡng', column: 'major', width: '22%' },
  { label: 'Từ tháng, năm – đến tháng, năm', column: 'span', width: '18%' },
  { label: 'Hình thức đào tạo', column: 'mode', width: '13%' },
  { label: 'Văn bằng, chứng chỉ, trình độ gì', column: 'certificate' },
] as const;

const familyColumns = [
  { label: 'Mối quan hệ', column: 'relation', width: '13%' },
  { label: 'Họ và tên', column: 'fullName', width: '24%' },
  { label: 'Năm sinh', column: 'birthYear', width: '9%' },
  { label: 'Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội', column: 'details' },
] as const;

const salaryColumns = [
  { label: 'Tháng/năm', column: 'monthYear' },
  { label: 'Mã ngạch/bậc', column: 'gradeAndStep' },
  { label: 'Hệ số lương', column: 'coefficient' },
] as const;

const dateLine = '……, ngày …… tháng …… năm 20……';
const declarant: Signature = { title: 'Người khai', note: 'Tôi xin cam đoan những lời khai trên đây là đúng sự thật (Ký tên, ghi rõ họ tên)' };
const headOfAgency: Signature = { dateLine, title: 'Thủ trưởng cơ quan, đơn vị quản lý và sử dụng cán bộ, công chức', note: '(Ký tên, đóng dấu)' };

/** Sơ yếu lý lịch cán bộ, công chức: the party line's CV, kept in the cadre dossiers of the organization commissions. */
const cv2cTctw98: FormTemplate = {
  id: '2C/TCTW-98',
  slug: '2c-tctw-98',
  version: 1,
  issuedBy: 'Ban Tổ chức Trung ương, 1998',
  code: 'Mẫu 2C/TCTW-98',
  headerLeft: [
    { label: 'Tỉnh', source: 'province' },
    { label: 'Đơn vị trực thuộc', source: 'directUnit' },
    { label: 'Đơn vị cơ sở', source: 'grassrootsUnit' },
  ],
  headerRight: [{ label: 'Số hiệu cán bộ, công chức', source: 'blank' }],
  photo: photo3x4,
  title: 'SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC',
  items: [
    { kind: 'line', parts: [{ number: '1)', label: 'Họ và tên khai sinh (viết chữ in hoa)', source: 'fullNameCaps' }] },
    { kind: 'line', parts: [{ number: '2)', label: 'Tên gọi khác', source: 'otherNames' }] },
    { kind: 'line', parts: [{ number: '3)', label: 'Sinh ngày', source: 'birthDate' }, { label: 'Giới tính (nam, nữ)', source: 'sex' }] },
    { kind: 'line', parts: [{ number: '4)', label: 'Nơi sinh', source: 'birthplace' }] },
    { kind: 'line', parts: [{ number: '5)', label: 'Quê quán', source: 'hometown' }] },
    { kind: 'line', parts: [{ number: '6)', label: 'Dân tộc', source: 'ethnicity' }, { number: '7)', label: 'Tôn giáo', source: 'religion' }] },
    { kind: 'line', parts: [{ number: '8)', label: 'Nơi đăng ký hộ khẩu thường trú', source: 'permanentResidence' }] },
    { kind: 'line', parts: [{ number: '9)', label: 'Nơi ở hiện nay', source: 'currentResidence' }, { label: 'Điện thoại', source: 'phone' }] },
    { kind: 'line', parts: [{ number: '10)', label: 'Nghề nghiệp bản thân trước khi được tuyển dụng', source: 'occupationBeforeRecruitment' }] },
    { kind: 'line', parts: [{ number: '11)', label: 'Ngày được tuyển dụng', source: 'recruitmentDate' }, { label: 'Vào cơ quan nào, ở đâu', source: 'recruitmentAgency' }] },
    { kind: 'line', parts: [{ number: '12)', label: 'Chức vụ (chức danh) hiện tại (Đảng, chính quyền, đoàn thể)', source: 'currentPosts' }] },
    { kind: 'line', parts: [{ number: '13)', label: 'Cơ quan, đơn vị đang công tác', source: 'workplace' }] },
    {
      kind: 'line',
      parts: [
        { number: '14)', label: 'Ngạch công chức', source: 'civilServiceGrade' },
        { label: 'Mã ngạch', source: 'civilServiceGradeCode' },
        { label: 'Bậc lương', source: 'salaryStep' },
      ],
    },
    {
      kind: 'line',
      parts: [
        { label: 'Hệ số', source: 'salaryCoefficient' },
        { label: 'Ngày hưởng', source: 'salaryEffectiveDate' },
        { label: 'Phụ cấp chức vụ', source: 'positionAllowance' },
      ],
    },
    { kind: 'heading', number: '15)', label: 'Trình độ' },
    { kind: 'line', parts: [{ number: '15.1-', label: 'Giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào)', source: 'generalEducation' }] },
    { kind: 'line', parts: [{ number: '15.2-', label: 'Trình độ chuyên môn cao nhất, chuyên ngành', source: 'professionalDegree' }] },
    { kind: 'line', parts: [{ number: '15.3-', label: 'Học hàm (năm được phong)', source: 'academicTitle' }] },
    { kind: 'line', parts: [{ number: '15.4-', label: 'Lý luận chính trị', source: 'politicalTheory' }, { number: '15.5-', label: 'Quản lý nhà nước', source: 'stateManagement' }] },
    { kind: 'line', parts: [{ number: '15.6-', label: 'Ngoại ngữ', source: 'foreignLanguage' }, { number: '15.7-', label: 'Tin học', source: 'itLevel' }] },
    { kind: 'line', parts: [{ number: '16)', label: 'Ngày vào Đảng Cộng sản Việt Nam', source: 'admissionDate' }, { label: 'Ngày chính thức', source: 'fullMembershipDate' }] },
    { kind: 'line', parts: [{ number: '17)', label: 'Khen thưởng', source: 'commendations' }] },
    { kind: 'line', parts: [{ number: '18)', label: 'Kỷ luật (Đảng, chính quyền, năm nào, lý do, hình thức)', source: 'disciplines' }] },
    {
      kind: 'line',
      parts: [
        { number: '19)', label: 'Tình trạng sức khỏe', source: 'healthStatus' },
        { label: 'Chiều cao', source: 'height' },
        { label: 'Cân nặng', source: 'weight' },
        { label: 'Nhóm máu', source: 'bloodGroup' },
      ],
    },
    { kind: 'line', parts: [{ number: '20)', label: 'Là thương binh, con gia đình chính sách', source: 'policyFamily' }] },
    {
      kind: 'line',
      parts: [
        { number: '21)', label: 'Số CMND (CCCD)', source: 'citizenId' },
        { label: 'Ngày cấp', source: 'citizenIdIssuedOn' },
        { label: 'Nơi cấp', source: 'citizenIdIssuedBy' },
      ],
    },
    { kind: 'line', parts: [{ number: '22)', label: 'Số sổ BHXH', source: 'socialInsuranceNumber' }] },
    { kind: 'table', number: '23)', label: 'ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC', source: 'training', columns: trainingColumns, blankRows: 3 },
    {
      kind: 'table',
      number: '24)',
      label: 'TÓM TẮT QUÁ TRÌNH CÔNG TÁC',
      source: 'work',
      columns: [
        { label: 'Từ tháng, năm đến tháng, năm', column: 'span', width: '24%' },
        { label: 'Chức danh, chức vụ, đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội)', column: 'postAndWorkplace' },
      ],
      blankRows: 4,
    },
    { kind: 'paragraph', number: '25)', label: 'ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN', source: 'politicalHistory', blankLines: 3 },
    { kind: 'paragraph', number: '26)', label: 'QUAN HỆ VỚI NƯỚC NGOÀI', source: 'foreignRelations', blankLines: 3 },
    { kind: 'heading', number: '27)', label: 'QUAN HỆ GIA ĐÌNH' },
    { kind: 'table', number: 'a)', label: 'Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột', source: 'familyOwn', columns: familyColumns, blankRows: 4 },
    { kind: 'table', number: 'b)', label: 'Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột', source: 'familySpouse', columns: familyColumns, blankRows: 3 },
    { kind: 'paragraph', number: '28)', label: 'HOÀN CẢNH KINH TẾ GIA ĐÌNH', source: 'familyEconomy', blankLines: 3 },
    { kind: 'table', number: '29)', label: 'DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC', source: 'salary', columns: salaryColumns, blankRows: 3 },
    { kind: 'blank', number: '30)', label: 'NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC', lines: 5 },
  ],
  signatures: [declarant, headOfAgency],
  fileStem: 'SYLL-2C-TCTW-98',
};

/** Sơ yếu lý lịch cán bộ, công chức of the state line (Quyết định 02/2008/QĐ-BNV of the Ministry of Home Affairs). */
const cv2cBnv2008: FormTemplate = {
  id: '2C-BNV/2008',
  slug: '2c-bnv-2008',
  version: 1,
  issuedBy: 'Quyết định số 02/2008/QĐ-BNV ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ',
  code: 'Mẫu 2C-BNV/2008',
  headerLeft: [
    { label: 'Cơ quan, đơn vị có thẩm quyền quản lý CBCC', source: 'province' },
    { label: 'Cơ quan, đơn vị sử dụng CBCC', source: 'workplace' },
  ],
  headerRight: [{ label: 'Số hiệu cán bộ, công chức', source: 'blank' }],
  photo: photo3x4,
  title: 'SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC',
  items: [
    { kind: 'line', parts: [{ number: '1)', label: 'Họ và tên khai sinh (viết chữ in hoa)', source: 'fullNameCaps' }] },
    { kind: 'line', parts: [{ number: '2)', label: 'Tên gọi khác', source: 'otherNames' }] },
    { kind: 'line', parts: [{ number: '3)', label: 'Sinh ngày', source: 'birthDate' }, { label: 'Giới tính (nam, nữ)', source: 'sex' }] },
    { kind: 'line', parts: [{ number: '4)', label: 'Nơi sinh', source: 'birthplace' }] },
    { kind: 'line', parts: [{ number: '5)', label: 'Quê quán', source: 'hometown' }] },
    { kind: 'line', parts: [{ number: '6)', label: 'Dân tộc', source: 'ethnicity' }, { number: '7)', label: 'Tôn giáo', source: 'religion' }] },
    { kind: 'line', parts: [{ number: '8)', label: 'Nơi đăng ký hộ khẩu thường trú', source: 'permanentResidence' }] },
    { kind: 'line', parts: [{ number: '9)', label: 'Nơi ở hiện nay', source: 'currentResidence' }] },
    { kind: 'line', parts: [{ number: '10)', label: 'Nghề nghiệp khi được tuyển dụng', source: 'occupationBeforeRecruitment' }] },
    { kind: 'line', parts: [{ number: '11)', label: 'Ngày tuyển dụng', source: 'recruitmentDate' }, { label: 'Cơ quan tuyển dụng', source: 'recruitmentAgency' }] },
    { kind: 'line', parts: [{ number: '12)', label: 'Chức vụ (chức danh) hiện tại (về chính quyền hoặc Đảng, đoàn thể)', source: 'currentPosts' }] },
    { kind: 'line', parts: [{ number: '13)', label: 'Công việc chính được giao', source: 'blank' }] },
    {
      kind: 'line',
      parts: [
        { number: '14)', label: 'Ngạch công chức (viên chức)', source: 'civilServiceGrade' },
        { label: 'Mã ngạch', source: 'civilServiceGradeCode' },
      ],
    },
    {
      kind: 'line',
      parts: [
        { label: 'Bậc lương', source: 'salaryStep' },
        { label: 'Hệ số', source: 'salaryCoefficient' },
        { label: 'Ngày hưởng', source: 'salaryEffectiveDate' },
        { label: 'Phụ cấp chức vụ', source: 'positionAllowance' },
      ],
    },
    { kind: 'line', parts: [{ number: '15.1-', label: 'Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào)', source: 'generalEducation' }] },
    { kind: 'line', parts: [{ number: '15.2-', label: 'Trình độ chuyên môn cao nhất', source: 'professionalDegree' }] },
    { kind: 'line', parts: [{ number: '15.3-', label: 'Lý luận chính trị', source: 'politicalTheory' }, { number: '15.4-', label: 'Quản lý nhà nước', source: 'stateManagement' }] },
    { kind: 'line', parts: [{ number: '15.5-', label: 'Ngoại ngữ', source: 'foreignLanguage' }, { number: '15.6-', label: 'Tin học', source: 'itLevel' }] },
    { kind: 'line', parts: [{ number: '16)', label: 'Ngày vào Đảng Cộng sản Việt Nam', source: 'admissionDate' }, { label: 'Ngày chính thức', source: 'fullMembershipDate' }] },
    { kind: 'line', parts: [{ number: '17)', label: 'Ngày tham gia tổ chức chính trị - xã hội', source: 'blank' }] },
    { kind: 'line', parts: [{ number: '18)', label: 'Ngày nhập ngũ', source: 'blank' }, { label: 'Ngày xuất ngũ', source: 'blank' }, { label: 'Quân hàm cao nhất', source: 'blank' }] },
    { kind: 'line', parts: [{ number: '19)', label: 'Danh hiệu được phong tặng cao nhất', source: 'blank' }] },
    { kind: 'line', parts: [{ number: '20)', label: 'Sở trường công tác', source: 'blank' }] },
    { kind: 'line', parts: [{ number: '21)', label: 'Khen thưởng', source: 'commendations' }] },
    { kind: 'line', parts: [{ number: '22)', label: 'Kỷ luật', source: 'disciplines' }] },
    {
      kind: 'line',
      parts: [
        { number: '23)', label: 'Tình trạng sức khỏe', source: 'healthStatus' },
        { label: 'Chiều cao', source: 'height' },
        { label: 'Cân nặng', source: 'weight' },
        { label: 'Nhóm máu', source: 'bloodGroup' },
      ],
    },
    { kind: 'line', parts: [{ number: '24)', label: 'Là thương binh hạng, là con gia đình chính sách', source: 'policyFamily' }] },
    { kind: 'line', parts: [{ number: '25)', label: 'Số chứng minh nhân dân (CCCD)', source: 'citizenId' }, { label: 'Ngày cấp', source: 'citizenIdIssuedOn' }] },
    { kind: 'line', parts: [{ number: '26)', label: 'Số sổ BHXH', source: 'socialInsuranceNumber' }] },
    { kind: 'table', number: '27)', label: 'ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC', source: 'training', columns: trainingColumns, blankRows: 3 },
    {
      kind: 'table',
      number: '28)',
      label: 'TÓM TẮT QUÁ TRÌNH CÔNG TÁC',
      source: 'work',
      columns: [
        { label: 'Từ tháng, năm đến tháng, năm', column: 'span', width: '24%' },
        { label: 'Chức danh, chức vụ, đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội), kể cả thời gian được đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ', column: 'postAndWorkplace' },
      ],
      blankRows: 4,
    },
    { kind: 'heading', number: '29)', label: 'ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN' },
    { kind: 'paragraph', label: '– Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì', source: 'politicalHistory', blankLines: 2 },
    { kind: 'paragraph', label: '– Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài; có thân nhân ở nước ngoài', source: 'foreignRelations', blankLines: 2 },
    { kind: 'heading', number: '30)', label: 'QUAN HỆ GIA ĐÌNH' },
    { kind: 'table', number: 'a)', label: 'Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột', source: 'familyOwn', columns: familyColumns, blankRows: 4 },
    { kind: 'table', number: 'b)', label: 'Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột', source: 'familySpouse', columns: familyColumns, blankRows: 3 },
    { kind: 'table', number: '31)', label: 'DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC', source: 'salary', columns: salaryColumns, layout: 'across', blankRows: 6 },
    { kind: 'blank', number: '32)', label: 'NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC', lines: 5 },
  ],
  signatures: [declarant, { ...headOfAgency, title: 'Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC' }],
  fileStem: 'SYLL-2C-BNV-2008',
};

const decisionColumns = [
  { label: 'Tháng, năm', column: 'monthYear', width: '15%' },
  { label: 'Lý do, hình thức', column: 'reasonAndForm' },
  { label: 'Cấp quyết định', column: 'level', width: '28%' },
] as const;

/** Phiếu đảng viên: the party member's sheet, kept by the grassroots committee and sent up with the dossier. */
const memberSheet2Hsdv: FormTemplate = {
  id: '2-HSĐV',
  slug: '2-hsdv',
  version: 1,
  issuedBy: 'Hướng dẫn nghiệp vụ công tác đảng viên của Ban Tổ chức Trung ương',
  code: 'Mẫu 2-HSĐV',
  headerLeft: [
    { label: 'Đảng bộ tỉnh, thành phố', source: 'province' },
    { label: 'Đảng bộ huyện và tương đương', source: 'directUnit' },
    { label: 'Đảng bộ cơ sở', source: 'grassrootsUnit' },
    { label: 'Chi bộ', source: 'cell' },
  ],
  headerRight: [
    { label: 'Số lý lịch', source: 'dossierNumber' },
    { label: 'Số thẻ đảng viên', source: 'partyCardNumber' },
  ],
  photo: photo3x4,
  title: 'PHIẾU ĐẢNG VIÊN',
  items: [
    { kind: 'line', parts: [{ number: '1.', label: 'Họ và tên đang dùng', source: 'fullNameCaps' }, { label: 'Nam, nữ', source: 'sex' }] },
    { kind: 'line', parts: [{ number: '2.', label: 'Họ và tên khai sinh', source: 'fullNameCaps' }] },
    { kind: 'line', parts: [{ number: '3.', label: 'Bí danh, tên gọi khác', source: 'otherNames' }] },
    { kind: 'line', parts: [{ number: '4.', label: 'Ngày, tháng, năm sinh', source: 'birthDate' }] },
    { kind: 'line', parts: [{ number: '5.', label: 'Nơi sinh', source: 'birthplace' }] },
    { kind: 'line', parts: [{ number: '6.', label: 'Quê quán', source: 'hometown' }] },
    { kind: 'line', parts: [{ number: '7.', label: 'Nơi thường trú', source: 'permanentResidence' }] },
    { kind: 'line', parts: [{ number: '8.', label: 'Nơi tạm trú', source: 'currentResidence' }] },
    { kind: 'line', parts: [{ number: '9.', label: 'Dân tộc', source: 'ethnicity' }, { number: '10.', label: 'Tôn giáo', source: 'religion' }] },
    { kind: 'line', parts: [{ number: '11.', label: 'Nghề nghiệp hiện nay', source: 'occupation' }] },
    { kind: 'heading', number: '12.', label: 'Trình độ hiện nay' },
    { kind: 'line', parts: [{ number: '–', label: 'Giáo dục phổ thông', source: 'generalEducation' }] },
    { kind: 'line', parts: [{ number: '–', label: 'Chuyên môn, nghiệp vụ (giáo dục nghề nghiệp, đại học, sau đại học)', source: 'professionalDegree' }] },
    { kind: 'line', parts: [{ number: '–', label: 'Học hàm', source: 'academicTitle' }, { number: '–', label: 'Lý luận chính trị', source: 'politicalTheory' }] },
    { kind: 'line', parts: [{ number: '–', label: 'Ngoại ngữ', source: 'foreignLanguage' }, { number: '–', label: 'Tin học', source: 'itLevel' }] },
    { kind: 'line', parts: [{ number: '–', label: 'Tiếng dân tộc thiểu số', source: 'ethnicMinorityLanguage' }] },
    { kind: 'line', parts: [{ number: '13.', label: 'Ngày vào Đảng', source: 'admissionDate' }, { label: 'Tại chi bộ', source: 'admissionUnit' }] },
    { kind: 'line', parts: [{ number: '14.', label: 'Ngày chính thức', source: 'fullMembershipDate' }] },
    { kind: 'heading', number: '15.', label: 'Người giới thiệu vào Đảng' },
    { kind: 'line', parts: [{ number: '–', label: 'Đồng chí', source: 'firstIntroducer' }] },
    { kind: 'line', parts: [{ number: '–', label: 'Đồng chí', source: 'secondIntroducer' }] },
    { kind: 'line', parts: [{ number: '16.', label: 'Ngày kết nạp lại (nếu có)', source: 'readmissionDate' }, { label: 'Ngày khôi phục đảng tịch', source: 'restorationDate' }] },
    {
      kind: 'table',
      number: '17.',
      label: 'QUÁ TRÌNH CÔNG TÁC',
      source: 'work',
      columns: [
        { label: 'Từ tháng, năm đến tháng, năm', column: 'span', width: '24%' },
        { label: 'Làm công việc gì, ở đâu, giữ chức vụ gì', column: 'postAndWorkplace' },
      ],
      blankRows: 4,
    },
    { kind: 'table', number: '18.', label: 'KHEN THƯỞNG', source: 'commendations', columns: decisionColumns, blankRows: 2 },
    { kind: 'line', parts: [{ number: '19.', label: 'Huy hiệu Đảng', source: 'partyBadge' }] },
    { kind: 'table', number: '20.', label: 'KỶ LUẬT', source: 'disciplines', columns: decisionColumns, blankRows: 2 },
    { kind: 'table', number: '21.', label: 'HOÀN CẢNH GIA ĐÌNH', source: 'familyOwn', columns: familyColumns, blankRows: 4 },
    { kind: 'line', parts: [{ number: '22.', label: 'Tình trạng sức khỏe', source: 'healthStatus' }, { number: '23.', label: 'Miễn sinh hoạt đảng từ ngày', source: 'activityExemptionDate' }] },
  ],
  signatures: [
    { dateLine, title: 'Người khai', note: '(Ký, ghi rõ họ tên)' },
    { dateLine, title: 'T/M ĐẢNG ỦY CƠ SỞ', note: '(Ký tên, đóng dấu)' },
  ],
  fileStem: 'PhieuDangVien-2-HSDV',
};

/** Every version of every form the app prints. */
export const formTemplates: readonly FormTemplate[] = [cv2cTctw98, cv2cBnv2008, memberSheet2Hsdv];

/** The latest version of the form with this address code, or undefined. */
export function latestTemplate(slug: string, templates: readonly FormTemplate[] = formTemplates): FormTemplate | undefined {
  return templates.filter((template) => template.slug === slug).reduce<FormTemplate | undefined>((latest, template) => (!latest || template.version > latest.version ? template : latest), undefined);
}

/** The forms offered on the person page: one entry per form, whatever its versions. */
export const printForms: readonly { readonly id: string; readonly slug: string }[] = [...new Map(formTemplates.map((template) => [template.slug, { id: template.id, slug: template.slug }])).values()];
