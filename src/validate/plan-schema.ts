// THE plan schema. Keys are Vietnamese without diacritics; every key is described in Vietnamese,
// and the descriptions become editor tooltips through schemas/plan.schema.json.
import { z } from "zod";
import { parsePlanDate } from "../text/plan-date.js";

const text = (description: string) => z.string().min(1).describe(description);

/** A run of text: "**đậm**", "*nghiêng*" and "***đậm nghiêng***" are allowed inside. */
const richText = (description: string) => text(`${description} Có thể dùng **chữ đậm** và *chữ nghiêng*.`);

export const TableSchema = z
  .strictObject({
    tieu_de: text("Tiêu đề của bảng (không bắt buộc), in đậm, căn giữa phía trên bảng.").optional(),
    cot: z
      .array(text("Tên một cột (dòng tiêu đề của bảng, in đậm)."))
      .min(1)
      .describe("Các cột của bảng, theo thứ tự từ trái sang phải."),
    rong: z
      .array(z.number().positive().describe("Độ rộng tương đối của một cột."))
      .optional()
      .describe(
        "Độ rộng các cột, theo tỷ lệ (ví dụ [10, 50, 20, 20]); phải có đúng một số cho mỗi cột. Bỏ trống thì các cột rộng bằng nhau.",
      ),
    dong: z
      .array(z.array(z.union([z.string(), z.number()]).describe("Nội dung một ô.")).describe("Một dòng của bảng."))
      .describe("Các dòng của bảng; mỗi dòng có đúng một ô cho mỗi cột."),
  })
  .superRefine((t, ctx) => {
    if (t.rong && t.rong.length !== t.cot.length) {
      ctx.addIssue({ code: "custom", path: ["rong"], message: "tableWidths", params: { kind: "tableWidths", expected: t.cot.length } });
    }
    t.dong.forEach((row, r) => {
      if (row.length !== t.cot.length) {
        ctx.addIssue({ code: "custom", path: ["dong", r], message: "tableRow", params: { kind: "tableRow", expected: t.cot.length, got: row.length } });
      }
    });
  })
  .describe("Một bảng (phân công nhiệm vụ, phụ lục…), có độ rộng cột rõ ràng.");

// Blocks are recursive: an item holds blocks. Zod 4 expresses the recursion with getters.
// The schemas are built twice: once with a plain union (for the JSON Schema editors read) and
// once with a dispatcher that picks the branch by its key, so an error in an item is reported
// as that item's error and not as "none of seven shapes matched".
function buildBlockSchemas(dispatch: boolean): { BlockSchema: z.ZodType<Block>; TableBlockSchema: z.ZodType<TableBlock> } {
const ItemSchema = z
  .strictObject({
    ten: richText(
      "Tiêu đề của khoản, in đậm trên một dòng riêng; số thứ tự (1., 2. hoặc 2.1, 2.2) do kehoach tự đánh, không gõ số.",
    ).optional(),
    doan: richText(
      "Nội dung của một khoản không có tiêu đề: một đoạn văn bắt đầu bằng số thứ tự (1., 2.), chữ thường; có thể mở đầu bằng **phần in đậm**.",
    ).optional(),
    ma: z.string().regex(/^[a-z0-9-]+$/).optional().describe("Mã ổn định của khoản (chữ thường, số, dấu -), để các quy tắc kiểm tra tham chiếu."),
    get noi_dung() {
      return z.array(BlockSchema).optional().describe("Nội dung bên trong khoản: đoạn văn, gạch đầu dòng, điểm a) b), khoản con 2.1, bảng.");
    },
  })
  .refine((item) => (item.ten === undefined) !== (item.doan === undefined), {
    message: "itemTitle",
    params: { kind: "itemTitle" },
  })
  .describe("Một khoản đánh số 1., 2. (hoặc 2.1, 2.2 khi nằm trong một khoản khác). Cần ten hoặc doan.");

const PointSchema = z
  .strictObject({
    diem: richText("Nội dung của điểm; chữ cái a), b), c)… theo thứ tự tiếng Việt do kehoach tự đánh."),
    get noi_dung() {
      return z.array(BlockSchema).optional().describe("Nội dung thêm bên dưới điểm.");
    },
  })
  .describe("Một điểm a), b), c), d), đ), e), g)… (không dùng f, j, w, z).");

const BulletSchema = z
  .strictObject({
    gach: richText('Một dòng gạch đầu dòng "- ".'),
    cong: z.array(richText('Một ý con "+ ".')).optional().describe('Các ý con "+ " dưới gạch đầu dòng này.'),
  })
  .describe('Một gạch đầu dòng "- " với các ý con "+ " (cách viết có cấu trúc; cũng có thể viết thẳng trong đoạn văn).');

const TableBlockSchema = z.strictObject({ bang: TableSchema }).describe("Một bảng.");

const ConditionalSchema = z
  .strictObject({
    neu: z
      .string()
      .min(1)
      .describe(
        'Điều kiện theo biến (trong bien hoặc cột dữ liệu): "ten_bien" (có giá trị), "!ten_bien" (không có), "ten_bien = giá trị" hoặc "ten_bien != giá trị". Ô trống, 0, không, no, false, sai và "-" là không; giá trị khác (tên trường, một danh sách) là có. Các khối trong noi_dung chỉ được giữ khi điều kiện đúng.',
      ),
    get noi_dung() {
      return z.array(BlockSchema).describe("Các khối được giữ khi điều kiện đúng.");
    },
    get khac() {
      return z.array(BlockSchema).optional().describe("Các khối được giữ khi điều kiện sai.");
    },
  })
  .describe("Giữ hoặc bỏ một nhóm khối theo từng xã (ví dụ xã không có trường học bỏ khoản về trường học).");

const RepeatSchema = z
  .strictObject({
    lap: z
      .string()
      .min(1)
      .describe(
        'Tên biến danh sách (ví dụ thon; một ô dữ liệu "Làng A; Làng B" hoặc có xuống dòng cũng là danh sách). Các khối trong noi_dung được lặp lại cho mỗi phần tử: {{this}} là phần tử, {{so_thu_tu}} là số thứ tự 1, 2, …',
      ),
    get noi_dung() {
      return z.array(BlockSchema).describe("Các khối lặp lại cho mỗi phần tử.");
    },
  })
  .describe("Lặp một nhóm khối theo một danh sách (ví dụ mỗi thôn một đoạn).");

const paragraphSchema = text(
    'Một hoặc nhiều đoạn văn. Dòng bắt đầu bằng "- " là gạch đầu dòng, "+ " là ý con; dòng trống ngăn cách các đoạn. Có thể dùng **chữ đậm** và *chữ nghiêng*.',
  );
  const unionSchema: z.ZodType<Block> = z
  .union([
    paragraphSchema,
    ItemSchema,
    PointSchema,
    BulletSchema,
    TableBlockSchema,
    ConditionalSchema,
    RepeatSchema,
  ])
  .describe("Một khối nội dung: đoạn văn, khoản, điểm, gạch đầu dòng, bảng, hoặc khối điều kiện/lặp.")
  .meta({ id: "khoi" });

  // The key that decides an object block's shape, in the order they are tried.
  const branches: [string, z.ZodType][] = [
    ["bang", TableBlockSchema],
    ["diem", PointSchema],
    ["gach", BulletSchema],
    ["neu", ConditionalSchema],
    ["lap", RepeatSchema],
    ["ten", ItemSchema],
    ["doan", ItemSchema],
  ];
  const dispatchSchema: z.ZodType<Block> = z.unknown().superRefine((value, ctx) => {
    if (typeof value === "string") {
      const r = paragraphSchema.safeParse(value);
      if (!r.success) for (const issue of r.error.issues) ctx.addIssue(issue as never);
      return;
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const branch = branches.find(([key]) => key in value);
      if (branch) {
        const r = branch[1].safeParse(value);
        if (!r.success) for (const issue of r.error.issues) ctx.addIssue(issue as never);
        return;
      }
    }
    ctx.addIssue({ code: "custom", message: "badBlock", params: { kind: "badBlock" } });
  }) as unknown as z.ZodType<Block>;

  const BlockSchema: z.ZodType<Block> = dispatch ? dispatchSchema : unionSchema;
  return { BlockSchema, TableBlockSchema };
}

const jsonBlocks = buildBlockSchemas(false);
const validateBlocks = buildBlockSchemas(true);

export const AgencySchema = z
  .strictObject({
    chu_quan: text("Tên cơ quan chủ quản trực tiếp, IN HOA, không đậm (ví dụ UBND HUYỆN CẨM THỦY). Bỏ trống nếu không có.").optional(),
    ten: text("Tên cơ quan ban hành, IN HOA, in đậm (ví dụ ỦY BAN NHÂN DÂN XÃ CẨM TÂN). Xuống dòng bằng \\n nếu dài."),
    viet_tat: z
      .string()
      .regex(/^([A-ZĐ0-9]+(-[A-ZĐ0-9]+)*|\{\{[^{}]+\}\})$/u)
      .describe("Chữ viết tắt tên cơ quan trong ký hiệu văn bản (ví dụ UBND → Số: 12/KH-UBND)."),
  })
  .describe("Cơ quan ban hành văn bản (ô 2 của Nghị định 30).");

export const SignatureSchema = z
  .strictObject({
    tm: text('Thay mặt tập thể: tên tập thể, IN HOA (ví dụ ỦY BAN NHÂN DÂN → "TM. ỦY BAN NHÂN DÂN").').optional(),
    kt: text('Ký thay người đứng đầu: chức vụ người đứng đầu, IN HOA (ví dụ CHỦ TỊCH → "KT. CHỦ TỊCH").').optional(),
    q: text('Quyền: chức vụ người đứng đầu (→ "Q. CHỦ TỊCH").').optional(),
    tl: text('Thừa lệnh: chức vụ người đứng đầu (→ "TL. CHỦ TỊCH").').optional(),
    tuq: text('Thừa ủy quyền: chức vụ người đứng đầu (→ "TUQ. CHỦ TỊCH").').optional(),
    chuc_vu: text("Chức vụ của người ký, IN HOA (ví dụ PHÓ CHỦ TỊCH)."),
    ho_ten: text("Họ và tên người ký, chữ thường, không kèm học hàm, học vị (ví dụ Hoàng Thị Hợp)."),
  })
  .describe("Thẩm quyền, chức vụ và họ tên người ký (ô 7).");

const scalarValue = z.union([z.string(), z.number(), z.boolean()]);
export const VariablesSchema = z
  .record(
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
    z.union([scalarValue, z.array(z.union([scalarValue, z.record(z.string(), scalarValue)])), z.record(z.string(), scalarValue)]),
  )
  .describe("Giá trị cho các biến {{…}} trong văn bản (ví dụ nam: 2024, xa: Cẩm Tân). Khi chạy batch, mỗi dòng dữ liệu ghi đè các giá trị này.");

export const PLAN_TYPES = ["ke-hoach"] as const;

function buildPlanSchema(blocks: ReturnType<typeof buildBlockSchemas>) {
const SectionSchema = z
  .strictObject({
    ten: text("Tiêu đề của mục, viết IN HOA (ví dụ MỤC ĐÍCH, YÊU CẦU); số La Mã I., II. do kehoach tự đánh."),
    ma: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe("Mã ổn định của mục (ví dụ muc-dich-yeu-cau, noi-dung, to-chuc-thuc-hien), để kiểm tra các mục bắt buộc."),
    noi_dung: z.array(blocks.BlockSchema).optional().describe("Nội dung của mục: đoạn văn, khoản 1., 2., gạch đầu dòng, bảng."),
  })
  .describe("Một mục La Mã (I., II., …).");


  return z
  .strictObject({
    loai: z.enum(PLAN_TYPES).default("ke-hoach").describe("Loại văn bản; hiện có ke-hoach (KẾ HOẠCH)."),
    co_quan: AgencySchema,
    so: z
      .union([z.number().int().positive(), z.string().regex(/^(\d{1,6}|\{\{[^{}]+\}\})$/)])
      .optional()
      .describe("Số văn bản (ví dụ 12 → Số: 12/KH-UBND; số dưới 10 được thêm số 0: 02). Bỏ trống khi còn là dự thảo."),
    dia_danh: text("Địa danh nơi cơ quan đóng trụ sở (ví dụ Cẩm Tân)."),
    ngay: z
      .union([z.string(), z.number()])
      .superRefine((v, ctx) => {
        if (typeof v === "string" && v.includes("{{")) return; // a template: checked after expansion
        const r = parsePlanDate(v);
        if (!r.ok) ctx.addIssue({ code: "custom", message: r.reason, params: { kind: r.reason === "format" ? "badDate" : "impossibleDate" } });
      })
      .describe("Ngày ban hành: 2024-04-15 hoặc 15/4/2024; dự thảo chưa có ngày: 2024-04 hoặc 4/2024."),
    trich_yeu: text("Trích yếu nội dung: dòng in đậm dưới chữ KẾ HOẠCH (ví dụ Triển khai công tác bình đẳng giới năm 2024)."),
    bien: VariablesSchema.optional(),
    can_cu: z
      .array(richText("Một đoạn mở đầu (Căn cứ…, Thực hiện…)."))
      .optional()
      .describe("Các đoạn mở đầu trước mục I: căn cứ, văn bản cấp trên được thực hiện."),
    muc: z.array(SectionSchema).min(1).describe("Các mục La Mã của kế hoạch (I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG; III. TỔ CHỨC THỰC HIỆN…)."),
    ket_luan: z
      .union([richText("Đoạn kết."), z.array(richText("Một đoạn của phần kết."))])
      .optional()
      .describe('Đoạn kết sau các mục; dấu "./." được thêm vào cuối nếu thiếu.'),
    noi_nhan: z
      .array(text('Một nơi nhận; dấu "- " ở đầu và ";" ở cuối do kehoach thêm.'))
      .min(1)
      .describe('Danh sách nơi nhận; dòng cuối là "Lưu: VT, …".'),
    ky: SignatureSchema,
  })
  .describe("Một KẾ HOẠCH theo thể thức Nghị định 30/2020/NĐ-CP.");
}

/** The schema `validate` uses. */
export const PlanSchema = buildPlanSchema(validateBlocks);
/** The same schema with plain unions, for the JSON Schema. */
export const PlanSchemaForJson = buildPlanSchema(jsonBlocks);

// The TypeScript shapes, written out because the schema is recursive.
export type Table = z.infer<typeof TableSchema>;
export interface TableBlock {
  bang: Table;
}
export interface ItemBlock {
  ten?: string;
  doan?: string;
  ma?: string;
  noi_dung?: Block[];
}
export interface PointBlock {
  diem: string;
  noi_dung?: Block[];
}
export interface BulletBlock {
  gach: string;
  cong?: string[];
}
export interface ConditionalBlock {
  neu: string;
  noi_dung: Block[];
  khac?: Block[];
}
export interface RepeatBlock {
  lap: string;
  noi_dung: Block[];
}
export type Block = string | ItemBlock | PointBlock | BulletBlock | TableBlock | ConditionalBlock | RepeatBlock;
export type Section = Plan["muc"][number];
export type Signature = z.infer<typeof SignatureSchema>;
export type Plan = z.infer<typeof PlanSchema>;
