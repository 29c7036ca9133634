import type { LocalizedText } from '@kehoach/core';

/** @internal The commands of `kehoach`, in the order the usage lists them. */
export const COMMAND_NAMES = ['validate', 'export', 'summary', 'obligations', 'status', 'agenda', 'progress', 'init', 'import', 'diff'] as const;

/** @internal A command of `kehoach`. */
export type CommandName = (typeof COMMAND_NAMES)[number];

const COMMON = {
  vi: `Tùy chọn chung:
  -h, --help        hướng dẫn của lệnh
  --locale vi|en    ngôn ngữ của hướng dẫn và thông báo (mặc định: vi)`,
  en: `Common options:
  -h, --help        this help
  --locale vi|en    language of help and messages (default: vi)`,
};

const PLAN = {
  vi: 'Kế hoạch là tệp .ts, thư mục chứa plan.ts, hoặc tệp .json. Ngày viết theo dạng YYYY-MM-DD.',
  en: 'A plan is a .ts plan file, a folder holding plan.ts, or a .json plan. Dates are YYYY-MM-DD.',
};

/** @internal `kehoach --help`. */
export const USAGE: LocalizedText = {
  vi: `Cách dùng: kehoach <lệnh> [tùy chọn]

Các lệnh:
  validate      kiểm tra kế hoạch theo các quy tắc; mã thoát 1 khi có lỗi
  export        xuất kế hoạch: json, json-schema, ics (lịch), html, md, csv
  summary       thông tin chung, số liệu và các hạn sắp đến
  obligations   nghĩa vụ có thời hạn của từng đơn vị, và nghĩa vụ khi có sự kiện
  status        tình hình thực hiện đến một ngày: đúng hạn, trễ, quá hạn, chỉ tiêu
  agenda        việc một đơn vị phải làm trong N ngày làm việc tới
  progress      progress index: tệp định kiểu cho hồ sơ tiến độ (progress.ts)
  init          tạo dự án kế hoạch mới: package.json, plan.ts có chú thích, quy trình CI
  import        viết một kế hoạch JSON thành mã TypeScript dùng các hàm dựng
  diff          những gì thay đổi giữa hai phiên bản của một kế hoạch hoặc hồ sơ tiến độ

${COMMON.vi}
  --version         phiên bản của kehoach

Xem tùy chọn của từng lệnh: kehoach <lệnh> --help
${PLAN.vi}
Mã thoát: 0 không có vấn đề, 1 có vấn đề (diff: có thay đổi), 2 dùng sai lệnh, không tải
được kế hoạch hoặc không ghi được kết quả (đĩa đầy, đường ống đã đóng).
`,
  en: `Usage: kehoach <command> [options]

Commands:
  validate      check plans against the rules; exit 1 when there are errors
  export        write the plan as json, json-schema, ics (calendars), html, md, csv
  summary       the plan's header, counts and next duties
  obligations   each unit's dated duties, and those an event triggers
  status        where things stand on a day: on time, late, overdue, targets
  agenda        what a unit must do in the next N working days
  progress      progress index: the module that types a progress record (progress.ts)
  init          a new plan project: package.json, a commented plan.ts and a CI workflow
  import        TypeScript source for a JSON plan, written with the builders
  diff          what changed between two versions of a plan or progress record

${COMMON.en}
  --version         the version of kehoach

Each command's options: kehoach <command> --help
${PLAN.en}
Exit status: 0 ok, 1 problems found (diff: differences found), 2 usage error, a plan that
cannot be loaded, or output that cannot be written (a full disk, a closed pipe).
`,
};

const help = (vi: string, en: string): LocalizedText => ({ vi: `${vi}\n${COMMON.vi}\n`, en: `${en}\n${COMMON.en}\n` });

const LOADING = {
  vi: `Đọc kế hoạch (docs/security.md):
  --no-exec          đọc plan.ts mà không chạy mã của nó; mặc định khi KEHOACH_NO_EXEC=1
                     hoặc khi tệp cấu hình có "noExec": true
  --root DIR         mọi tệp kế hoạch đọc phải nằm trong DIR (mặc định: thư mục của kế hoạch)
  -c, --config FILE  tệp cấu hình (JSON): quy tắc cho validate, noExec cho mọi lệnh`,
  en: `Loading plans (docs/security.md):
  --no-exec          read plan.ts without running its code; the default when KEHOACH_NO_EXEC=1
                     or when the configuration file says "noExec": true
  --root DIR         every file a plan reads must be inside DIR (default: the plan's folder)
  -c, --config FILE  configuration file (JSON): rules for validate, noExec for every command`,
};

/** Help of a command that loads plans: its own text, then the loading options. */
const loading = (vi: string, en: string): LocalizedText => help(`${vi}\n${LOADING.vi}\n`, `${en}\n${LOADING.en}\n`);

/** @internal `kehoach <command> --help`. */
export const COMMAND_HELP: Record<CommandName, LocalizedText> = {
  validate: loading(
    `Cách dùng: kehoach validate <kế hoạch, thư mục hoặc mẫu glob…> [tùy chọn]

Kiểm tra kế hoạch theo các quy tắc có mã (KH101…). Mã thoát 0 khi không có lỗi, 1 khi có lỗi
hoặc nhiều cảnh báo hơn --max-warnings, 2 khi không tải được kế hoạch.

Tùy chọn:
  -f, --format stylish|json|sarif|github   định dạng kết quả (mặc định: stylish)
  --max-warnings N                        thất bại khi có hơn N cảnh báo
  --typecheck                             thêm lỗi kiểu TypeScript của plan.ts (typescript/TS…)
  --calendar FILE.json                    thêm lịch nghỉ lễ công bố sau phiên bản này (docs/calendars.md)

Ví dụ:
  kehoach validate plan.ts
  kehoach validate 'plans/**/plan.ts' --format sarif > kehoach.sarif
`,
    `Usage: kehoach validate <plans, folders or globs…> [options]

Checks plans against the coded rules (KH101…). Exit status 0 without errors, 1 with errors or
more warnings than --max-warnings, 2 when a plan cannot be loaded.

Options:
  -f, --format stylish|json|sarif|github   output format (default: stylish)
  --max-warnings N                        fail with more than N warnings
  --typecheck                             add the TypeScript errors of plan.ts (typescript/TS…)
  --calendar FILE.json                    add holiday schedules announced after this version (docs/calendars.md)

Examples:
  kehoach validate plan.ts
  kehoach validate 'plans/**/plan.ts' --format sarif > kehoach.sarif
`,
  ),
  export: loading(
    `Cách dùng: kehoach export <kế hoạch> --format <định dạng> [tùy chọn]

Xuất kế hoạch ra stdout, hoặc ghi vào --out. Với --format ics --out THƯ_MỤC, ghi lịch của cả kế
hoạch và lịch riêng của từng đơn vị. Chỉ ghi trong thư mục đó, ghi trọn từng tệp, và không ghi
đè tệp mà kehoach không ghi ra (danh sách trong .kehoach-export.json) nếu không có --force.

Tùy chọn:
  -f, --format json|json-schema|ics|html|md|csv   định dạng (bắt buộc)
  -o, --out PATH          tệp hoặc thư mục để ghi (tạo thư mục còn thiếu)
  --table matrix|targets  csv: ma trận trách nhiệm (mặc định) hay bảng chỉ tiêu
  --unit KEY              ics: chỉ lịch của một đơn vị
  --dates effective|stated
                          ics: ngày cần hoàn thành hay ngày ghi trong kế hoạch (mặc định: effective)
  --reading safe|legal    hạn an toàn (ngày làm việc cuối cùng trước "trước ngày X") hay hạn theo
                          luật (ngày X, hoặc ngày làm việc tiếp theo); mặc định: theo kế hoạch, nếu
                          không thì safe
  --alarm DAYS|none       ics: nhắc trước hạn bao nhiêu ngày (mặc định 7,1); none: không nhắc
  --force                 ghi đè cả tệp không do kehoach ghi hoặc đã bị sửa
  --calendar FILE.json    thêm lịch nghỉ lễ công bố sau phiên bản này (docs/calendars.md)

Ví dụ:
  kehoach export plan.ts --format ics --out calendars
  kehoach export plan.ts --format html --out report.html
`,
    `Usage: kehoach export <plan> --format <format> [options]

Writes the plan to stdout, or to --out. With --format ics --out DIR, writes the plan's
calendar and one calendar per unit. Writes only inside that folder, each file whole, and
never over a file kehoach did not write (listed in .kehoach-export.json) without --force.

Options:
  -f, --format json|json-schema|ics|html|md|csv   the format (required)
  -o, --out PATH          file or folder to write (missing folders are created)
  --table matrix|targets  csv: the responsibility matrix (default) or the table of targets
  --unit KEY              ics: one unit's calendar only
  --dates effective|stated
                          ics: the dates to work to, or the dates the plan states (default: effective)
  --reading safe|legal    the safe date (the last working day before "trước ngày X") or the legal
                          limit (X, or the next working day); default: the plan's, else safe
  --alarm DAYS|none       ics: reminders so many days before (default 7,1); none: no reminders
  --force                 overwrite files kehoach did not write, or that were edited since
  --calendar FILE.json    add holiday schedules announced after this version (docs/calendars.md)

Examples:
  kehoach export plan.ts --format ics --out calendars
  kehoach export plan.ts --format html --out report.html
`,
  ),
  summary: loading(
    `Cách dùng: kehoach summary <kế hoạch> [tùy chọn]

Thông tin chung, số liệu và các hạn sắp đến của kế hoạch, nhóm theo ngày.

Tùy chọn:
  --as-of DATE    các hạn kể từ ngày này (mặc định: hôm nay; ngày ban hành nếu kế hoạch đã hết hạn)
  --limit N       số ngày đến hạn được liệt kê (mặc định: 8)
  --reading safe|legal
                  hạn an toàn hay hạn theo luật (mặc định: theo kế hoạch, nếu không thì safe)
  --calendar FILE.json
                  thêm lịch nghỉ lễ công bố sau phiên bản này (docs/calendars.md)
`,
    `Usage: kehoach summary <plan> [options]

The plan's header, counts, and its next duties grouped by date.

Options:
  --as-of DATE    duties due from this day on (default: today; the issue date once the plan has ended)
  --limit N       how many due dates to list (default: 8)
  --reading safe|legal
                  the safe date or the legal limit (default: the plan's, else safe)
  --calendar FILE.json
                  add holiday schedules announced after this version (docs/calendars.md)
`,
  ),
  obligations: loading(
    `Cách dùng: kehoach obligations <kế hoạch> [tùy chọn]

Nghĩa vụ có thời hạn (ai làm gì, hạn nào), nghĩa vụ khi có sự kiện, nghĩa vụ không nêu ngày, và
các thời hạn không ai phải thực hiện, kèm lý do.

Tùy chọn:
  --from DATE                 từ ngày
  --to DATE                   đến ngày
  --unit KEY                  chỉ một đơn vị hoặc nhóm (kể cả nhiệm vụ kế thừa)
  --reading safe|legal        hạn an toàn hay hạn theo luật (mặc định: theo kế hoạch, nếu không thì safe)
  --format table|json|csv     định dạng (mặc định: table)
  --calendar FILE.json        thêm lịch nghỉ lễ công bố sau phiên bản này (docs/calendars.md)
`,
    `Usage: kehoach obligations <plan> [options]

Dated duties (who owes what, and when), duties an event triggers, undated ones, and the
deadlines nobody owes, with the reason.

Options:
  --from DATE                 from this day
  --to DATE                   up to this day
  --unit KEY                  one unit or group only (with what it inherited)
  --reading safe|legal        the safe date or the legal limit (default: the plan's, else safe)
  --format table|json|csv     output format (default: table)
  --calendar FILE.json        add holiday schedules announced after this version (docs/calendars.md)
`,
  ),
  status: loading(
    `Cách dùng: kehoach status <kế hoạch> [tùy chọn]

Tình hình thực hiện đến một ngày, từ hồ sơ tiến độ: mỗi lần đến hạn đúng hạn, trễ (bao nhiêu
ngày làm việc), quá hạn, sắp đến hạn, chưa đến hạn hoặc được miễn; số liệu theo đơn vị; chỉ tiêu
từ mức gốc đến số đo mới nhất và mục tiêu. Hồ sơ được kiểm tra trước (mã KH9xx); có lỗi thì
mã thoát 1.

Tùy chọn:
  --progress FILE             hồ sơ tiến độ (mặc định: progress.ts hoặc progress.json cạnh kế hoạch)
  --as-of DATE                ngày xét (mặc định: hôm nay, giờ Việt Nam)
  --unit KEY                  chỉ một đơn vị (và các nhóm nó cùng thực hiện)
  --format table|json|csv     định dạng (mặc định: table)
  --fail-on overdue|late      mã thoát 1 khi có việc quá hạn (late: cả việc nộp trễ)
  --soon N                    "sắp đến hạn" trong N ngày làm việc (mặc định: 10)
  --reading safe|legal        hạn an toàn hay hạn theo luật (mặc định: theo kế hoạch, nếu không thì safe)
  --calendar FILE.json        thêm lịch nghỉ lễ công bố sau phiên bản này (docs/calendars.md)
`,
    `Usage: kehoach status <plan> [options]

Where things stand on a day, from the progress record: each occurrence on time, late (by how
many working days), overdue, due soon, not yet due or waived; counts per unit; each target from
its baseline to the latest measurement and the goal. The record is checked first (KH9xx
codes); errors exit 1.

Options:
  --progress FILE             the progress record (default: progress.ts or progress.json beside the plan)
  --as-of DATE                the day to stand on (default: today, Vietnam time)
  --unit KEY                  one unit only (and the groups it acts in together)
  --format table|json|csv     output format (default: table)
  --fail-on overdue|late      exit 1 when something is overdue (late: also when submitted late)
  --soon N                    "due soon" within N working days (default: 10)
  --reading safe|legal        the safe date or the legal limit (default: the plan's, else safe)
  --calendar FILE.json        add holiday schedules announced after this version (docs/calendars.md)
`,
  ),
  agenda: loading(
    `Cách dùng: kehoach agenda [kế hoạch] --unit KEY [tùy chọn]

Việc một đơn vị phải làm: các lần đến hạn chưa nộp đã quá hạn, và các lần đến hạn trong N ngày
làm việc tới ("còn 5 ngày làm việc (7 ngày)"). Kế hoạch mặc định là thư mục hiện tại.

Tùy chọn:
  --unit KEY                  đơn vị (bắt buộc)
  --within N                  số ngày làm việc tới (mặc định: 30)
  --progress FILE             hồ sơ tiến độ (mặc định: progress.ts hoặc progress.json cạnh kế hoạch)
  --as-of DATE                ngày xét (mặc định: hôm nay, giờ Việt Nam)
  --format table|json         định dạng (mặc định: table)
  --reading safe|legal        hạn an toàn hay hạn theo luật
  --calendar FILE.json        thêm lịch nghỉ lễ công bố sau phiên bản này
`,
    `Usage: kehoach agenda [plan] --unit KEY [options]

What a unit must do: occurrences not submitted that are overdue, and those due in the next N
working days ("5 working days left (7 days)"). The plan is the current folder by default.

Options:
  --unit KEY                  the unit (required)
  --within N                  working days ahead (default: 30)
  --progress FILE             the progress record (default: progress.ts or progress.json beside the plan)
  --as-of DATE                the day to stand on (default: today, Vietnam time)
  --format table|json         output format (default: table)
  --reading safe|legal        the safe date or the legal limit
  --calendar FILE.json        add holiday schedules announced after this version
`,
  ),
  progress: loading(
    `Cách dùng: kehoach progress index <kế hoạch> [--out FILE] [--check]

Viết tệp progress-index.ts: các lần đến hạn và đơn vị phải thực hiện, nhiệm vụ, chỉ tiêu và đơn
vị đo của kế hoạch, để hàm dựng của progress.ts báo lỗi biên dịch khi gõ sai mã. --check: mã
thoát 1 khi tệp chưa cập nhật theo kế hoạch.
`,
    `Usage: kehoach progress index <plan> [--out FILE] [--check]

Writes progress-index.ts: the plan's occurrences with the units that owe them, its tasks, its
targets and their units of measure, so that the builders of progress.ts fail to compile on a
misspelt name. --check: exit 1 when the file is not up to date with the plan.
`,
  ),
  init: help(
    `Cách dùng: kehoach init [THƯ_MỤC]

Tạo dự án kế hoạch mới trong THƯ_MỤC (mặc định: thư mục hiện tại): package.json, plan.ts có
chú thích tiếng Việt, tsconfig.json và quy trình GitHub Actions kiểm tra kế hoạch. Không ghi đè
tệp đã có.
`,
    `Usage: kehoach init [DIR]

Creates a plan project in DIR (default: the current folder): package.json, a plan.ts commented
in Vietnamese, tsconfig.json and a GitHub Actions workflow that checks the plan. Never
overwrites a file.
`,
  ),
  import: loading(
    `Cách dùng: kehoach import <plan.json> [tùy chọn]

Viết một kế hoạch JSON thành mã TypeScript dùng các hàm dựng, dựng lại đúng từng byte.

Tùy chọn:
  -o, --out FILE          tệp để ghi (tạo thư mục còn thiếu; mặc định: stdout)
  --force                 ghi đè tệp đã có
  --core-import MODULE    mô-đun để import các hàm dựng (mặc định: @kehoach/core)
`,
    `Usage: kehoach import <plan.json> [options]

Writes a JSON plan as TypeScript source with the builders, rebuilding it byte for byte.

Options:
  -o, --out FILE          file to write (missing folders are created; default: stdout)
  --force                 overwrite an existing file
  --core-import MODULE    module to import the builders from (default: @kehoach/core)
`,
  ),
  diff: loading(
    `Cách dùng: kehoach diff <kế hoạch cũ> <kế hoạch mới> [tùy chọn]

Những gì thay đổi giữa hai phiên bản. Mã thoát 0 khi giống nhau, 1 khi khác nhau.

Tùy chọn:
  --format text|json    định dạng (mặc định: text)
  --renumbered          nêu cả các mục chỉ bị đánh số lại do mục trước được thêm, bớt
`,
    `Usage: kehoach diff <old plan> <new plan> [options]

What changed between two versions. Exit status 0 when they are the same, 1 when they differ.

Options:
  --format text|json    output format (default: text)
  --renumbered          also list items renumbered only because earlier ones were added or removed
`,
  ),
};
