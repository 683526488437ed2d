/**
 * The validation message keys introduced by the organization, person-history and life-event record types,
 * with their texts, to be merged into the translation catalogs (`renderer/i18n/locales/*.json`, under `validation`).
 * The keys these records share with the rest of the app (`validation.required`, `validation.tooLong`,
 * `validation.chooseOne`, `validation.partialDate`, `validation.date`, `validation.number`, `validation.tooSmall`,
 * `validation.tooLarge`, `validation.endBeforeStart`, `validation.periodsOverlap`) are not repeated here.
 * `{{field}}` is the label of the field the message is shown next to.
 */
export const lifeEventMessagesVi = {
  'validation.wholeNumber': '{{field}}: phải là số nguyên.',
  'validation.subjectPersonRequired': '{{field}}: hãy chọn người.',
  'validation.subjectUnitRequired': '{{field}}: hãy chọn tổ chức.',
  'validation.notForSubject': '{{field}}: không dùng cho đối tượng đã chọn, hãy để trống.',
  'validation.notForKind': '{{field}}: không dùng cho loại thông tin này, hãy để trống.',
  'validation.notForStatus': '{{field}}: chỉ ghi khi đã hoàn thành hoặc đã tiếp nhận, hãy để trống.',
  'validation.outOfOrder': '{{field}}: sớm hơn dòng trước; các dòng phải theo thứ tự thời gian.',
  'validation.duplicate': '{{field}}: bị trùng với một dòng khác.',
  'validation.adminUnitCode': '{{field}}: mã đơn vị hành chính gồm 2 đến 5 chữ số.',
  'validation.taxCode': '{{field}}: mã số doanh nghiệp gồm 10 chữ số (chi nhánh: 10 chữ số, gạch ngang, 3 chữ số).',
  'validation.restructuringSources': '{{field}}: số tổ chức trước khi sắp xếp không phù hợp với hình thức sắp xếp đã chọn.',
  'validation.restructuringTargets': '{{field}}: số tổ chức sau khi sắp xếp không phù hợp với hình thức sắp xếp đã chọn.',
  'validation.restructuringTargetIsSource': '{{field}}: tổ chức sau khi sắp xếp không được là một trong các tổ chức trước khi sắp xếp.',
  'validation.restructuringSameUnit': '{{field}}: khi đổi tên hoặc chuyển trực thuộc, tổ chức trước và sau phải là một.',
  'validation.moveToSameUnit': '{{field}}: nơi đến trùng với nơi đi.',
  'validation.votesExceedVoters': '{{field}}: số phiếu đồng ý và không đồng ý cộng lại vượt quá số người bỏ phiếu.',
  'validation.postRequired': '{{field}}: hãy ghi chức vụ trước hoặc chức vụ sau khi điều động, bổ nhiệm.',
  'validation.helperIsCandidate': '{{field}}: người giúp đỡ không thể là chính người được xem xét kết nạp.',
  'validation.stageHistoryMismatch': '{{field}}: không khớp với bước cuối cùng trong quá trình.',
  'validation.stateDisciplinePersonOnly': '{{field}}: kỷ luật theo hệ thống chính quyền chỉ áp dụng với cá nhân.',
  'validation.recipientPersonOrUnit': '{{field}}: hãy chọn một người hoặc một tập thể (chỉ một trong hai).',
} as const satisfies Readonly<Record<string, string>>;

export type LifeEventMessageKey = keyof typeof lifeEventMessagesVi;

export const lifeEventMessagesEn: Readonly<Record<LifeEventMessageKey, string>> = {
  'validation.wholeNumber': '{{field}}: must be a whole number.',
  'validation.subjectPersonRequired': '{{field}}: choose the person.',
  'validation.subjectUnitRequired': '{{field}}: choose the organization.',
  'validation.notForSubject': '{{field}}: does not apply to the chosen subject; leave it empty.',
  'validation.notForKind': '{{field}}: does not apply to this kind of entry; leave it empty.',
  'validation.notForStatus': '{{field}}: only filled in once completed or accepted; leave it empty.',
  'validation.outOfOrder': '{{field}}: earlier than the row above; rows must be in time order.',
  'validation.duplicate': '{{field}}: duplicates another row.',
  'validation.adminUnitCode': '{{field}}: an administrative unit code has 2 to 5 digits.',
  'validation.taxCode': '{{field}}: an enterprise code has 10 digits (branches: 10 digits, a dash, 3 digits).',
  'validation.restructuringSources': '{{field}}: the number of organizations before does not fit the chosen kind of restructuring.',
  'validation.restructuringTargets': '{{field}}: the number of organizations after does not fit the chosen kind of restructuring.',
  'validation.restructuringTargetIsSource': '{{field}}: the organization after cannot be one of the organizations before.',
  'validation.restructuringSameUnit': '{{field}}: a rename or a move under another parent keeps the same organization before and after.',
  'validation.moveToSameUnit': '{{field}}: the destination is the same as the origin.',
  'validation.votesExceedVoters': '{{field}}: votes for and against add up to more than the number of voters.',
  'validation.postRequired': '{{field}}: give the post held before or the post held after.',
  'validation.helperIsCandidate': '{{field}}: a helper cannot be the person being considered for admission.',
  'validation.stageHistoryMismatch': '{{field}}: does not match the last step of the history.',
  'validation.stateDisciplinePersonOnly': '{{field}}: state discipline applies to individuals only.',
  'validation.recipientPersonOrUnit': '{{field}}: choose either a person or a collective (one of the two).',
};
