<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>创建新的数据库文件（--db PATH）</source>
        <translation>Create a new database file (--db PATH)</translation>
    </message>
    <message>
        <source>升级数据库结构，升级前自动备份（--db PATH）</source>
        <translation>Upgrade the database schema, with a backup first (--db PATH)</translation>
    </message>
    <message>
        <source>检查数据库完整性（--db PATH）</source>
        <translation>Check database integrity (--db PATH)</translation>
    </message>
    <message>
        <source>生成演示数据（--db PATH --residents N --seed S）</source>
        <translation>Generate demo data (--db PATH --residents N --seed S)</translation>
    </message>
    <message>
        <source>查找居民（--db PATH 查询内容）</source>
        <translation>Find residents (--db PATH QUERY)</translation>
    </message>
    <message>
        <source>校验身份证号（NUMBER）</source>
        <translation>Check an identity number (NUMBER)</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>Output JSON</translation>
    </message>
    <message>
        <source>界面语言：zh 或 en</source>
        <translation>Interface language: zh or en</translation>
    </message>
    <message>
        <source>缺少 --db 数据库文件路径</source>
        <translation>Missing --db database file path</translation>
    </message>
    <message>
        <source>用法：jiayi-cli &lt;命令&gt; [选项]

命令：
</source>
        <translation>Usage: jiayi-cli &lt;command&gt; [options]

Commands:
</translation>
    </message>
    <message>
        <source>
通用选项：--json（JSON 输出），--lang en（英文），--help，--version
每个命令后加 --help 查看其选项。</source>
        <translation>
Common options: --json (JSON output), --lang en (English), --help, --version
Add --help after a command to see its options.</translation>
    </message>
    <message>
        <source>未知命令：%1（jiayi-cli --help 列出全部命令）</source>
        <translation>Unknown command: %1 (jiayi-cli --help lists all commands)</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>创建新的数据库文件</source>
        <translation>Create a new database file</translation>
    </message>
    <message>
        <source>文件已存在：%1（升级请用 migrate）</source>
        <translation>File already exists: %1 (use migrate to upgrade it)</translation>
    </message>
    <message>
        <source>已创建数据库 %1（结构版本 %2）</source>
        <translation>Created database %1 (schema version %2)</translation>
    </message>
    <message>
        <source>把数据库升级到本程序的结构版本（升级前自动备份）</source>
        <translation>Upgrade the database to this program's schema version (backup taken first)</translation>
    </message>
    <message>
        <source>数据库已是最新版本（%1），无需升级</source>
        <translation>The database is already at the latest version (%1); nothing to upgrade</translation>
    </message>
    <message>
        <source>已从版本 %1 升级到 %2</source>
        <translation>Upgraded from version %1 to %2</translation>
    </message>
    <message>
        <source>升级前的备份：%1</source>
        <translation>Backup taken before the upgrade: %1</translation>
    </message>
    <message>
        <source>检查数据库完整性</source>
        <translation>Check database integrity</translation>
    </message>
    <message>
        <source>数据库完好</source>
        <translation>The database is sound</translation>
    </message>
    <message>
        <source>居民人数（默认 2000）</source>
        <translation>Number of residents (default 2000)</translation>
    </message>
    <message>
        <source>随机种子（相同种子生成相同数据）</source>
        <translation>Random seed (the same seed makes the same data)</translation>
    </message>
    <message>
        <source>以该日期计算年龄（YYYY-MM-DD，默认今天）</source>
        <translation>Compute ages on this date (YYYY-MM-DD, default today)</translation>
    </message>
    <message>
        <source>生成演示乡镇数据</source>
        <translation>Generate a demo township</translation>
    </message>
    <message>
        <source>--residents 应为正整数</source>
        <translation>--residents must be a positive whole number</translation>
    </message>
    <message>
        <source>--seed 应为非负整数</source>
        <translation>--seed must be a non-negative whole number</translation>
    </message>
    <message>
        <source>--today 应为 YYYY-MM-DD 格式的日期</source>
        <translation>--today must be a date in YYYY-MM-DD form</translation>
    </message>
    <message>
        <source>已生成 %1 名居民、%2 户、%3 个村，用时 %4 秒</source>
        <translation>Generated %1 residents, %2 households, %3 villages in %4 s</translation>
    </message>
    <message>
        <source>只查该村（12位区划代码）</source>
        <translation>Only this village (12-digit area code)</translation>
    </message>
    <message>
        <source>最多显示条数（默认 20）</source>
        <translation>Maximum rows shown (default 20)</translation>
    </message>
    <message>
        <source>姓名、拼音、首字母、身份证号（或后4-6位）、电话（或后4位）、档案编号</source>
        <translation>Name, pinyin, initials, identity number (or its last 4-6 digits), phone (or last 4), record number</translation>
    </message>
    <message>
        <source>查找居民</source>
        <translation>Find residents</translation>
    </message>
    <message>
        <source>请给出要查找的内容</source>
        <translation>Give something to search for</translation>
    </message>
    <message>
        <source>没有找到匹配的居民</source>
        <translation>No matching residents</translation>
    </message>
    <message>
        <source>身份证号（18位或15位）</source>
        <translation>Identity number (18 or 15 digits)</translation>
    </message>
    <message>
        <source>校验身份证号（GB 11643）</source>
        <translation>Check an identity number (GB 11643)</translation>
    </message>
    <message>
        <source>请给出一个身份证号</source>
        <translation>Give one identity number</translation>
    </message>
    <message>
        <source>有效：%1，出生日期 %2，性别 %3</source>
        <translation>Valid: %1, born %2, sex %3</translation>
    </message>
    <message>
        <source>无效：%1</source>
        <translation>Invalid: %1</translation>
    </message>
    <message>
        <source>以该用户身份操作（管理员）</source>
        <translation>Act as this user (administrator)</translation>
    </message>
    <message>
        <source>该用户的密码所在文件（- 表示标准输入）</source>
        <translation>File holding this user's password (- for standard input)</translation>
    </message>
    <message>
        <source>缺少密码文件（--password-file）</source>
        <translation>Missing password file (--password-file)</translation>
    </message>
    <message>
        <source>无法读取密码文件：%1</source>
        <translation>Cannot read the password file: %1</translation>
    </message>
    <message>
        <source>此操作需要管理员登录：--login 用户名 --login-password-file 文件</source>
        <translation>This needs an administrator login: --login USERNAME --login-password-file FILE</translation>
    </message>
    <message>
        <source>备份密码所在文件（- 表示标准输入）</source>
        <translation>File holding the backup password (- for standard input)</translation>
    </message>
    <message>
        <source>恢复密钥所在文件</source>
        <translation>File holding the recovery key</translation>
    </message>
    <message>
        <source>备份文件（建议扩展名 .jybak）</source>
        <translation>Backup file (extension .jybak recommended)</translation>
    </message>
    <message>
        <source>密码算法：international（AES-256-GCM）或 commercial（SM4+SM3）</source>
        <translation>Cipher: international (AES-256-GCM) or commercial (SM4+SM3)</translation>
    </message>
    <message>
        <source>在线备份数据库：一致快照，加密并带校验</source>
        <translation>Online database backup: consistent snapshot, encrypted and checksummed</translation>
    </message>
    <message>
        <source>需要 --db 和 --to</source>
        <translation>--db and --to are required</translation>
    </message>
    <message>
        <source>已备份到 %1（%2，%3 字节，校验 %4）</source>
        <translation>Backed up to %1 (%2, %3 bytes, checksum %4)</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>校验备份：解密、核对校验值并检查数据库完整性</source>
        <translation>Verify a backup: decrypt, check the checksum and database integrity</translation>
    </message>
    <message>
        <source>需要备份文件（--file）</source>
        <translation>A backup file is required (--file)</translation>
    </message>
    <message>
        <source>备份完好：%1（%2 创建，结构版本 %3）</source>
        <translation>Backup is sound: %1 (created %2, schema version %3)</translation>
    </message>
    <message>
        <source>从备份恢复：先校验，原数据库文件保留为 .before-restore-时间（请先关闭家医）</source>
        <translation>Restore from a backup: verified first; the old database file is kept as .before-restore-TIME (close Jiayi first)</translation>
    </message>
    <message>
        <source>需要 --db 和 --from</source>
        <translation>--db and --from are required</translation>
    </message>
    <message>
        <source>已从 %1 恢复到 %2</source>
        <translation>Restored %1 to %2</translation>
    </message>
    <message>
        <source>原文件保留为 %1</source>
        <translation>Old file kept as %1</translation>
    </message>
    <message>
        <source>生成一个恢复密钥（打印一次，请抄写并妥善保管）</source>
        <translation>Generate a recovery key (printed once; write it down and keep it safe)</translation>
    </message>
    <message>
        <source>校验备份文件（--file FILE --password-file F）</source>
        <translation>Verify a backup file (--file FILE --password-file F)</translation>
    </message>
    <message>
        <source>同 backup verify</source>
        <translation>Same as backup verify</translation>
    </message>
    <message>
        <source>生成恢复密钥</source>
        <translation>Generate a recovery key</translation>
    </message>
    <message>
        <source>校验后从备份恢复，保留原文件（--db PATH --from FILE）</source>
        <translation>Restore from a verified backup, keeping the old file (--db PATH --from FILE)</translation>
    </message>
    <message>
        <source>只看该村（12位区划代码）</source>
        <translation>Only this village (12-digit area code)</translation>
    </message>
    <message>
        <source>只看该医生</source>
        <translation>Only this doctor</translation>
    </message>
    <message>
        <source>hypertension 或 diabetes（默认两者）</source>
        <translation>hypertension or diabetes (default both)</translation>
    </message>
    <message>
        <source>规则集名称</source>
        <translation>Rule set name</translation>
    </message>
    <message>
        <source>按该日期计算（YYYY-MM-DD，默认今天）</source>
        <translation>Compute as of this date (YYYY-MM-DD, default today)</translation>
    </message>
    <message>
        <source>慢病随访工作清单</source>
        <translation>Chronic-disease follow-up worklist</translation>
    </message>
    <message>
        <source>未知的清单类型：%1</source>
        <translation>Unknown worklist type: %1</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD</source>
        <translation>Dates must be in YYYY-MM-DD form</translation>
    </message>
    <message>
        <source>%1：%2 人</source>
        <translation>%1: %2 people</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>年份（默认今年）</source>
        <translation>Year (default this year)</translation>
    </message>
    <message>
        <source>同时输出分子和分母名单</source>
        <translation>Also list the numerator and denominator residents</translation>
    </message>
    <message>
        <source>慢病管理指标：管理率、规范管理率、控制率</source>
        <translation>Chronic-disease indicators: management rate, standardized management rate, control rate</translation>
    </message>
    <message>
        <source>年份不正确</source>
        <translation>Invalid year</translation>
    </message>
    <message>
        <source>（未设定应管理人数）</source>
        <translation>(target population not set)</translation>
    </message>
    <message>
        <source>hypertension 或 diabetes</source>
        <translation>hypertension or diabetes</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>村（12位区划代码；不填为全库）</source>
        <translation>Village (12-digit area code; omit for the whole database)</translation>
    </message>
    <message>
        <source>辖区应管理患者数</source>
        <translation>Patients to be managed in the area</translation>
    </message>
    <message>
        <source>设定管理率的分母：辖区应管理患者数</source>
        <translation>Set the management-rate denominator: patients to be managed in the area</translation>
    </message>
    <message>
        <source>应管理人数应为正整数</source>
        <translation>The number to be managed must be a positive whole number</translation>
    </message>
    <message>
        <source>已设定</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>慢病随访工作清单（--db PATH --kind overdue|due-week|...）</source>
        <translation>Chronic-disease follow-up worklist (--db PATH --kind overdue|due-week|...)</translation>
    </message>
    <message>
        <source>慢病管理指标（--db PATH --year N）</source>
        <translation>Chronic-disease indicators (--db PATH --year N)</translation>
    </message>
    <message>
        <source>设定辖区应管理患者数（管理率分母）</source>
        <translation>Set the patients to be managed in the area (management-rate denominator)</translation>
    </message>
    <message>
        <source>只看该团队（团队名称或编号）</source>
        <translation>Only this team (team name or number)</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD：%1</source>
        <translation>Dates must be in YYYY-MM-DD form: %1</translation>
    </message>
    <message>
        <source>找不到签约团队：%1</source>
        <translation>Contract team not found: %1</translation>
    </message>
    <message>
        <source>到期日期从（默认本月1日）</source>
        <translation>Expiring from (default the 1st of this month)</translation>
    </message>
    <message>
        <source>到期日期到（默认本月末）</source>
        <translation>Expiring to (default the end of this month)</translation>
    </message>
    <message>
        <source>列出在期间内到期、尚未续约的签约（按村、团队排列）</source>
        <translation>List contracts expiring in the period and not yet renewed (by village and team)</translation>
    </message>
    <message>
        <source>%1 至 %2 到期未续约：%3 人</source>
        <translation>Expired %1 to %2 without renewal: %3 people</translation>
    </message>
    <message>
        <source>按该日判断（默认今天）</source>
        <translation>Judge as of this date (default today)</translation>
    </message>
    <message>
        <source>列出尚未签约的重点人群居民</source>
        <translation>List key-population residents without a contract</translation>
    </message>
    <message>
        <source>未签约的重点人群：%1 人</source>
        <translation>Key-population residents without a contract: %1</translation>
    </message>
    <message>
        <source>统计期间开始（默认今年1月1日）</source>
        <translation>Period start (default 1 January this year)</translation>
    </message>
    <message>
        <source>统计期间结束（默认今天）</source>
        <translation>Period end (default today)</translation>
    </message>
    <message>
        <source>签约率、重点人群签约率、续约率、履约（任务完成）率，分子分母明示</source>
        <translation>Contract rate, key-population contract rate, renewal rate, service (task completion) rate, with numerators and denominators shown</translation>
    </message>
    <message>
        <source>统计期间：%1 至 %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>签约率：%1（%2 / %3，分母 = 所选范围内在册居民）</source>
        <translation>Contract rate: %1 (%2 / %3, denominator = registered residents in the selected scope)</translation>
    </message>
    <message>
        <source>重点人群签约率：%1（%2 / %3，分母 = 期末属于重点人群的居民，而非全部签约居民）</source>
        <translation>Key-population contract rate: %1 (%2 / %3, denominator = residents in a key population at period end, not all contracted residents)</translation>
    </message>
    <message>
        <source>续约率：%1（%2 / %3，分母 = 期间内到期且未解约的协议）</source>
        <translation>Renewal rate: %1 (%2 / %3, denominator = contracts expiring in the period and not terminated)</translation>
    </message>
    <message>
        <source>任务完成率：%1（%2 / %3，分母 = 期间内应完成的服务任务）</source>
        <translation>Task completion rate: %1 (%2 / %3, denominator = service tasks due in the period)</translation>
    </message>
    <message>
        <source>全部任务完成的协议：%1（%2 / %3）</source>
        <translation>Contracts with all tasks done: %1 (%2 / %3)</translation>
    </message>
    <message>
        <source>到期未续约的签约（--db PATH [--from --to --village --team]）</source>
        <translation>Expired contracts not renewed (--db PATH [--from --to --village --team])</translation>
    </message>
    <message>
        <source>未签约的重点人群（--db PATH [--date --village --team]）</source>
        <translation>Key-population residents without a contract (--db PATH [--date --village --team])</translation>
    </message>
    <message>
        <source>签约指标（--db PATH [--from --to --village --team]）</source>
        <translation>Contract indicators (--db PATH [--from --to --village --team])</translation>
    </message>
    <message>
        <source>演示账户：admin（管理员）、yisheng（家庭医生）、cunyi（乡村医生）、gongwei（公卫人员），密码均为 %1；仅供演示，请勿用于真实数据</source>
        <translation>Demo accounts: admin (administrator), yisheng (family doctor), cunyi (village doctor), gongwei (public health staff), all with password %1; for demonstration only, never use them with real data</translation>
    </message>
    <message>
        <source>导出的 CSV 文件</source>
        <translation>CSV file to export</translation>
    </message>
    <message>
        <source>去标识化（必需：本命令只做去标识化导出）</source>
        <translation>De-identify (required: this command only exports de-identified data)</translation>
    </message>
    <message>
        <source>出生日期泛化为 year（年份）或 band（5 岁年龄组）</source>
        <translation>Generalize the date of birth to year or band (5-year age group)</translation>
    </message>
    <message>
        <source>地区精确到 village（村）或 township（乡镇）</source>
        <translation>Area precision: village or township</translation>
    </message>
    <message>
        <source>假名算法：international（HMAC-SHA256）或 commercial（HMAC-SM3）</source>
        <translation>Pseudonym algorithm: international (HMAC-SHA256) or commercial (HMAC-SM3)</translation>
    </message>
    <message>
        <source>去标识化导出居民数据（科研与统计用），规则见 docs/security.md</source>
        <translation>Export de-identified resident data (for research and statistics); rules in docs/security.md</translation>
    </message>
    <message>
        <source>请加 --deidentify：本命令只导出去标识化数据</source>
        <translation>Add --deidentify: this command only exports de-identified data</translation>
    </message>
    <message>
        <source>缺少 --to 导出文件</source>
        <translation>Missing --to export file</translation>
    </message>
    <message>
        <source>--birth 应为 year 或 band</source>
        <translation>--birth must be year or band</translation>
    </message>
    <message>
        <source>--area 应为 village 或 township</source>
        <translation>--area must be village or township</translation>
    </message>
    <message>
        <source>已导出 %1 名居民的去标识化数据到 %2</source>
        <translation>Exported de-identified data of %1 residents to %2</translation>
    </message>
    <message>
        <source>规则集名称（如 nbphs2017、guideline2025）或 JSON 文件</source>
        <translation>Rule set name (e.g. nbphs2017, guideline2025) or JSON file</translation>
    </message>
    <message>
        <source>不使用 65 岁及以上 150/90 的目标</source>
        <translation>Do not use the 150/90 target for age 65 and over</translation>
    </message>
    <message>
        <source>从文件读入（默认标准输入）</source>
        <translation>Read from a file (default standard input)</translation>
    </message>
    <message>
        <source>按慢病随访规则为一次随访分类：标准输入读 JSON，输出 JSON</source>
        <translation>Classify one follow-up by the chronic-disease rules: JSON on standard input, JSON output</translation>
    </message>
    <message>
        <source>无法读取输入</source>
        <translation>Cannot read the input</translation>
    </message>
    <message>
        <source>输入不是 JSON 对象：%1</source>
        <translation>Input is not a JSON object: %1</translation>
    </message>
    <message>
        <source>随访分类（标准输入读 JSON，输出分类、危急、转诊、下次随访日期）</source>
        <translation>Classify a follow-up (JSON on standard input; outputs class, danger signs, referral, next follow-up date)</translation>
    </message>
    <message>
        <source>只检查，不写入数据库</source>
        <translation>Check only; do not write to the database</translation>
    </message>
    <message>
        <source>列对照表 JSON 文件，如 {"姓名": "name", "村": "village"}</source>
        <translation>Column mapping JSON file, e.g. {"姓名": "name", "村": "village"}</translation>
    </message>
    <message>
        <source>文件中没有“村”列时，这些居民所属的村（12位区划代码）</source>
        <translation>Village (12-digit area code) for these residents when the file has no “村” column</translation>
    </message>
    <message>
        <source>把导入报告保存到该文件（.txt 或 .json）</source>
        <translation>Save the import report to this file (.txt or .json)</translation>
    </message>
    <message>
        <source>居民名单：CSV（UTF-8 或 GB18030）或 .xlsx</source>
        <translation>Resident list: CSV (UTF-8 or GB18030) or .xlsx</translation>
    </message>
    <message>
        <source>导入居民名单</source>
        <translation>Import a resident list</translation>
    </message>
    <message>
        <source>请给出一个要导入的文件</source>
        <translation>Give one file to import</translation>
    </message>
    <message>
        <source>文件不存在：%1</source>
        <translation>File does not exist: %1</translation>
    </message>
    <message>
        <source>无法打开对照表文件：%1</source>
        <translation>Cannot open the mapping file: %1</translation>
    </message>
    <message>
        <source>对照表文件不是有效的 JSON：%1</source>
        <translation>The mapping file is not valid JSON: %1</translation>
    </message>
    <message>
        <source>只导出该村（12位区划代码）</source>
        <translation>Only export this village (12-digit area code)</translation>
    </message>
    <message>
        <source>CSV 编码：UTF-8（默认）或 GB18030</source>
        <translation>CSV encoding: UTF-8 (default) or GB18030</translation>
    </message>
    <message>
        <source>输出文件：.csv 或 .xlsx</source>
        <translation>Output file: .csv or .xlsx</translation>
    </message>
    <message>
        <source>导出居民名单</source>
        <translation>Export the resident list</translation>
    </message>
    <message>
        <source>请给出输出文件</source>
        <translation>Give an output file</translation>
    </message>
    <message>
        <source>已导出 %1 名居民到 %2</source>
        <translation>Exported %1 residents to %2</translation>
    </message>
    <message>
        <source>最多列出的对数（默认 200）</source>
        <translation>Maximum pairs listed (default 200)</translation>
    </message>
    <message>
        <source>最低分（默认 50）</source>
        <translation>Minimum score (default 50)</translation>
    </message>
    <message>
        <source>列出可能重复的居民档案</source>
        <translation>List possibly duplicate resident records</translation>
    </message>
    <message>
        <source>保留的居民 id</source>
        <translation>Resident id to keep</translation>
    </message>
    <message>
        <source>并入的（重复的）居民 id</source>
        <translation>Resident id to merge in (the duplicate)</translation>
    </message>
    <message>
        <source>撤销这次合并（合并记录 id）</source>
        <translation>Undo this merge (merge record id)</translation>
    </message>
    <message>
        <source>合并重复档案，或撤销一次合并</source>
        <translation>Merge duplicate records, or undo a merge</translation>
    </message>
    <message>
        <source>已撤销合并</source>
        <translation>Merge undone</translation>
    </message>
    <message>
        <source>请给出 --keep 与 --merge</source>
        <translation>Give --keep and --merge</translation>
    </message>
    <message>
        <source>已合并，移过来 %1 条记录；撤销：jiayi-cli duplicates merge --db PATH --undo %2</source>
        <translation>Merged; moved %1 records; to undo: jiayi-cli duplicates merge --db PATH --undo %2</translation>
    </message>
    <message>
        <source>列出可能重复的居民档案（--db PATH [--json]）</source>
        <translation>List possibly duplicate resident records (--db PATH [--json])</translation>
    </message>
    <message>
        <source>合并重复档案（--keep ID --merge ID），或 --undo MERGE-ID</source>
        <translation>Merge duplicate records (--keep ID --merge ID), or --undo MERGE-ID</translation>
    </message>
    <message>
        <source>导入居民名单（--db PATH FILE [--dry-run] [--mapping FILE]）</source>
        <translation>Import a resident list (--db PATH FILE [--dry-run] [--mapping FILE])</translation>
    </message>
    <message>
        <source>导出居民名单到 CSV 或 xlsx（--db PATH FILE）；加 --deidentify 为去标识化导出</source>
        <translation>Export the resident list to CSV or xlsx (--db PATH FILE); add --deidentify for a de-identified export</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色：family_doctor、nurse、village_health_worker、public_health、administrator</source>
        <translation>Role: family_doctor, nurse, village_health_worker, public_health, administrator</translation>
    </message>
    <message>
        <source>负责的村代码，逗号分隔</source>
        <translation>Village codes in charge, comma-separated</translation>
    </message>
    <message>
        <source>所属团队</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>新用户密码所在文件（- 表示标准输入）</source>
        <translation>File holding the new user's password (- for standard input)</translation>
    </message>
    <message>
        <source>新建用户（首次使用时创建管理员）</source>
        <translation>Create a user (create the administrator on first use)</translation>
    </message>
    <message>
        <source>第一个用户必须是管理员（--role administrator）</source>
        <translation>The first user must be an administrator (--role administrator)</translation>
    </message>
    <message>
        <source>已创建用户 %1（%2）</source>
        <translation>Created user %1 (%2)</translation>
    </message>
    <message>
        <source>列出用户</source>
        <translation>List users</translation>
    </message>
    <message>
        <source>	（已停用）</source>
        <translation>	(disabled)</translation>
    </message>
    <message>
        <source>新密码所在文件（- 表示标准输入）</source>
        <translation>File holding the new password (- for standard input)</translation>
    </message>
    <message>
        <source>旧密码所在文件（用户自己修改时）</source>
        <translation>File holding the old password (when users change their own)</translation>
    </message>
    <message>
        <source>修改密码：用户本人给出旧密码，或管理员登录后重置</source>
        <translation>Change a password: users give their old password, or an administrator logs in and resets it</translation>
    </message>
    <message>
        <source>已修改 %1 的密码</source>
        <translation>Changed the password of %1</translation>
    </message>
    <message>
        <source>校验审计日志哈希链：发现任何修改或删除并指出位置</source>
        <translation>Verify the audit-log hash chain: find any change or deletion and show where</translation>
    </message>
    <message>
        <source>最新哈希：%1</source>
        <translation>Latest hash: %1</translation>
    </message>
    <message>
        <source>只看该用户</source>
        <translation>Only this user</translation>
    </message>
    <message>
        <source>只看该操作（以 . 结尾为前缀，如 login.）</source>
        <translation>Only this action (ending in . means a prefix, e.g. login.)</translation>
    </message>
    <message>
        <source>只看该对象类型</source>
        <translation>Only this object type</translation>
    </message>
    <message>
        <source>只看该对象</source>
        <translation>Only this object</translation>
    </message>
    <message>
        <source>最多条数（默认 50）</source>
        <translation>Maximum entries (default 50)</translation>
    </message>
    <message>
        <source>导出为 CSV 文件</source>
        <translation>Export to a CSV file</translation>
    </message>
    <message>
        <source>查询或导出审计日志（最新在前）</source>
        <translation>Query or export the audit log (newest first)</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>Exported %1 entries to %2</translation>
    </message>
    <message>
        <source>新建用户（--username --role --password-file；首个用户为管理员）</source>
        <translation>Create a user (--username --role --password-file; the first user is the administrator)</translation>
    </message>
    <message>
        <source>列出用户（管理员登录）</source>
        <translation>List users (administrator login)</translation>
    </message>
    <message>
        <source>修改或重置密码</source>
        <translation>Change or reset a password</translation>
    </message>
    <message>
        <source>校验审计日志哈希链（--db PATH）</source>
        <translation>Verify the audit-log hash chain (--db PATH)</translation>
    </message>
    <message>
        <source>查询或导出审计日志（--csv FILE）</source>
        <translation>Query or export the audit log (--csv FILE)</translation>
    </message>
    <message>
        <source>该记录未签名</source>
        <translation>This record is not signed</translation>
    </message>
    <message>
        <source>已由 %1（%2）于 %3 签名，签名有效，签名后未被修改</source>
        <translation>Signed by %1 (%2) on %3; the signature is valid and the record is unchanged since signing</translation>
    </message>
    <message>
        <source>签名后记录已被修改，需要重新签名</source>
        <translation>The record was changed after signing and must be signed again</translation>
    </message>
    <message>
        <source>签名无效：签名数据被篡改</source>
        <translation>Invalid signature: the signature data was tampered with</translation>
    </message>
    <message>
        <source>记录类型（表名，如 resident）</source>
        <translation>Record type (table name, e.g. resident)</translation>
    </message>
    <message>
        <source>记录 ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>用本人的签名密钥对已完成的记录电子签名（需登录，密码即签名口令）</source>
        <translation>Sign a completed record electronically with your own signing key (login needed; the password is the signing passphrase)</translation>
    </message>
    <message>
        <source>签名需要本人登录：--login 用户名 --login-password-file 文件</source>
        <translation>Signing needs your own login: --login USERNAME --login-password-file FILE</translation>
    </message>
    <message>
        <source>核验记录的电子签名：签名是否有效、签名后是否被修改</source>
        <translation>Verify a record's electronic signature: is it valid, and was the record changed after signing</translation>
    </message>
    <message>
        <source>电子签名一条记录（--entity --id --login）</source>
        <translation>Sign a record electronically (--entity --id --login)</translation>
    </message>
    <message>
        <source>核验记录的电子签名</source>
        <translation>Verify a record's electronic signature</translation>
    </message>
    <message>
        <source>区域平台地址，例如 https://platform:8443</source>
        <translation>Regional platform address, e.g. https://platform:8443</translation>
    </message>
    <message>
        <source>工作站令牌</source>
        <translation>Workstation token</translation>
    </message>
    <message>
        <source>平台证书的 CA 证书文件（PEM）</source>
        <translation>CA certificate file of the platform certificate (PEM)</translation>
    </message>
    <message>
        <source>每个事务包的记录数</source>
        <translation>Records per transaction bundle</translation>
    </message>
    <message>
        <source>每页下载的资源数</source>
        <translation>Resources downloaded per page</translation>
    </message>
    <message>
        <source>单个请求的超时（毫秒）</source>
        <translation>Timeout per request (milliseconds)</translation>
    </message>
    <message>
        <source>临时故障的重试次数</source>
        <translation>Retries after a temporary failure</translation>
    </message>
    <message>
        <source>首次重试前等待（毫秒）</source>
        <translation>Wait before the first retry (milliseconds)</translation>
    </message>
    <message>
        <source>与区域平台同步：上传本机修改，下载其他工作站的修改</source>
        <translation>Sync with the regional platform: upload local changes, download changes from other workstations</translation>
    </message>
    <message>
        <source>上传 %1，下载 %2，合并 %3，新冲突 %4（待处理冲突 %5），被拒 %6，暂缓 %7，未上传 %8</source>
        <translation>Uploaded %1, downloaded %2, merged %3, new conflicts %4 (open conflicts %5), rejected %6, deferred %7, not uploaded %8</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>被平台拒收：%1 %2：%3</source>
        <translation>Rejected by the platform: %1 %2: %3</translation>
    </message>
    <message>
        <source>设置区域平台地址、工作站令牌和 CA 证书</source>
        <translation>Set the regional platform address, workstation token and CA certificate</translation>
    </message>
    <message>
        <source>已保存同步设置：%1</source>
        <translation>Sync settings saved: %1</translation>
    </message>
    <message>
        <source>显示同步状态：未上传的修改、冲突、被拒记录、上次同步时间</source>
        <translation>Show sync status: changes not uploaded, conflicts, rejected records, last sync time</translation>
    </message>
    <message>
        <source>未上传 %1，冲突 %2，被拒 %3，上次同步 %4</source>
        <translation>Not uploaded %1, conflicts %2, rejected %3, last sync %4</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>与区域平台同步（FHIR R4）</source>
        <translation>Sync with the regional platform (FHIR R4)</translation>
    </message>
    <message>
        <source>设置区域平台地址、令牌和 CA 证书</source>
        <translation>Set the regional platform address, token and CA certificate</translation>
    </message>
    <message>
        <source>显示同步状态</source>
        <translation>Show sync status</translation>
    </message>
    <message>
        <source>无法读取标准输入</source>
        <translation>Cannot read standard input</translation>
    </message>
    <message>
        <source>标准输入不是 JSON 对象：%1</source>
        <translation>Standard input is not a JSON object: %1</translation>
    </message>
    <message>
        <source>按出生日期和接种史计算免疫规划（标准输入 JSON，标准输出 JSON）</source>
        <translation>Compute the immunization schedule from birth date and vaccination history (JSON on standard input and output)</translation>
    </message>
    <message>
        <source>检查拟接种的一剂是否符合程序（标准输入 JSON，标准输出 JSON）</source>
        <translation>Check whether a proposed dose fits the schedule (JSON on standard input and output)</translation>
    </message>
    <message>
        <source>请在 propose.vaccine 中给出疫苗</source>
        <translation>Give the vaccine in propose.vaccine</translation>
    </message>
    <message>
        <source>propose.date 格式应为 YYYY-MM-DD</source>
        <translation>propose.date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>只统计该村（12位区划代码）</source>
        <translation>Only count this village (12-digit area code)</translation>
    </message>
    <message>
        <source>统计期开始（默认今年1月1日）</source>
        <translation>Period start (default 1 January this year)</translation>
    </message>
    <message>
        <source>统计期结束（默认今天）</source>
        <translation>Period end (default today)</translation>
    </message>
    <message>
        <source>预防接种：建证率、各疫苗各剂次接种率、及时接种率、未完成儿童数</source>
        <translation>Immunization: certificate rate, coverage per vaccine and dose, timely rate, children not up to date</translation>
    </message>
    <message>
        <source>统计期日期有误（YYYY-MM-DD，结束不早于开始）</source>
        <translation>Invalid period dates (YYYY-MM-DD; the end cannot be before the start)</translation>
    </message>
    <message>
        <source>统计期 %1 至 %2</source>
        <translation>Period %1 to %2</translation>
    </message>
    <message>
        <source>建证率：%1/%2 = %3%</source>
        <translation>Certificate rate: %1/%2 = %3%</translation>
    </message>
    <message>
        <source>%1 第%2剂：应种 %3，实种 %4，接种率 %5%，及时率 %6%</source>
        <translation>%1 dose %2: due %3, given %4, coverage %5%, timely %6%</translation>
    </message>
    <message>
        <source>有逾期未种剂次的儿童：%1</source>
        <translation>Children with overdue doses: %1</translation>
    </message>
    <message>
        <source>免疫规划：计算儿童各剂次状态和日期（JSON）</source>
        <translation>Immunization schedule: compute each child's dose status and dates (JSON)</translation>
    </message>
    <message>
        <source>免疫规划：检查拟接种的一剂（JSON）</source>
        <translation>Immunization schedule: check a proposed dose (JSON)</translation>
    </message>
    <message>
        <source>预防接种率统计</source>
        <translation>Immunization coverage statistics</translation>
    </message>
    <message>
        <source>按“设置 → 备份”中的计划执行：到期才备份，校验后删除超出保留份数的旧备份，输出 JSON 摘要（供 cron/任务计划程序使用）</source>
        <translation>Run the schedule set in “Settings → Backup”: back up only when due, verify, then delete old backups beyond the number kept; prints a JSON summary (for cron/Task Scheduler)</translation>
    </message>
    <message>
        <source>与 --scheduled 一起：未到期也立即备份</source>
        <translation>With --scheduled: back up now even if not due</translation>
    </message>
    <message>
        <source>需要 --db</source>
        <translation>--db is required</translation>
    </message>
    <message>
        <source>在线加密备份（--db PATH --to FILE --password-file F；或 --scheduled 按计划）</source>
        <translation>Online encrypted backup (--db PATH --to FILE --password-file F; or --scheduled to follow the schedule)</translation>
    </message>
    <message>
        <source>创建加密数据库（密钥文件 PATH.jykey，打印一次恢复密钥）</source>
        <translation>Create an encrypted database (key file PATH.jykey; the recovery key is printed once)</translation>
    </message>
    <message>
        <source>页加密算法：international（AES-256-GCM）或 commercial（SM4-CTR+HMAC-SM3）</source>
        <translation>Page cipher: international (AES-256-GCM) or commercial (SM4-CTR+HMAC-SM3)</translation>
    </message>
    <message>
        <source>同时创建的管理员用户名</source>
        <translation>User name of the administrator created with it</translation>
    </message>
    <message>
        <source>管理员姓名</source>
        <translation>Administrator's name</translation>
    </message>
    <message>
        <source>管理员密码所在文件（- 表示标准输入）</source>
        <translation>File holding the administrator's password (- for standard input)</translation>
    </message>
    <message>
        <source>数据库已加密，密钥文件：%1
恢复密钥（只显示这一次，请抄写后妥善保管）：
  %2</source>
        <translation>The database is encrypted; key file: %1
Recovery key (shown only this once; write it down and keep it safe):
  %2</translation>
    </message>
    <message>
        <source>把明文数据库转换为加密数据库（原文件保留为 .plain-时间.bak）；请先关闭家医</source>
        <translation>Convert a plain database to an encrypted one (the original is kept as .plain-TIME.bak); close Jiayi first</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>Database file does not exist: %1</translation>
    </message>
    <message>
        <source>数据库已经加密：%1</source>
        <translation>The database is already encrypted: %1</translation>
    </message>
    <message>
        <source>只有系统管理员可以加密数据库</source>
        <translation>Only a system administrator can encrypt the database</translation>
    </message>
    <message>
        <source>已加密 %1（%2），密钥文件 %3</source>
        <translation>Encrypted %1 (%2); key file %3</translation>
    </message>
    <message>
        <source>恢复密钥（只显示这一次，请抄写后妥善保管）：
  %1</source>
        <translation>Recovery key (shown only this once; write it down and keep it safe):
  %1</translation>
    </message>
    <message>
        <source>原明文文件保留为 %1：确认加密库可用后，请移到安全处或彻底删除。</source>
        <translation>The original plain file is kept as %1: once the encrypted database works, move it somewhere safe or delete it securely.</translation>
    </message>
    <message>
        <source>其他用户在管理员重置其密码、或在已解锁的程序中首次登录后，即可用自己的密码解锁。</source>
        <translation>Other users can unlock it with their own password once an administrator resets it, or after they first log in while the program is unlocked.</translation>
    </message>
    <message>
        <source>显示数据库是否加密及密钥槽</source>
        <translation>Show whether the database is encrypted, and its key slots</translation>
    </message>
    <message>
        <source>已加密；密钥文件 %1；可解锁的用户：%2（另有恢复密钥）</source>
        <translation>Encrypted; key file %1; users who can unlock it: %2 (plus the recovery key)</translation>
    </message>
    <message>
        <source>未加密（明文数据库）</source>
        <translation>Not encrypted (plain database)</translation>
    </message>
    <message>
        <source>把明文数据库转换为加密数据库（--db PATH --login 管理员 --login-password-file F）</source>
        <translation>Convert a plain database to an encrypted one (--db PATH --login ADMIN --login-password-file F)</translation>
    </message>
    <message>
        <source>显示数据库是否加密及可解锁的用户（--db PATH）</source>
        <translation>Show whether the database is encrypted and who can unlock it (--db PATH)</translation>
    </message>
    <message>
        <source>数据库已加密：请用 --unlock-user 用户 --unlock-password-file 文件（或 --login/--login-password-file，或 --unlock-recovery-key-file 恢复密钥文件）解锁</source>
        <translation>The database is encrypted: unlock it with --unlock-user USER --unlock-password-file FILE (or --login/--login-password-file, or --unlock-recovery-key-file RECOVERYKEYFILE)</translation>
    </message>
    <message>
        <source>加密数据库：--unlock-user 用户 --unlock-password-file 文件，或 --unlock-recovery-key-file 文件</source>
        <translation>Encrypted database: --unlock-user USER --unlock-password-file FILE, or --unlock-recovery-key-file FILE</translation>
    </message>
    <message>
        <source>每批行数（每批一个事务，默认 20000）</source>
        <translation>Rows per batch (one transaction per batch; default 20000)</translation>
    </message>
    <message>
        <source>在线时自动同步的间隔（分钟，0 为关闭）</source>
        <translation>Minutes between automatic syncs while online (0 = off)</translation>
    </message>
    <message>
        <source>--auto-minutes 应为分钟数</source>
        <translation>--auto-minutes must be a number of minutes</translation>
    </message>
    <message>
        <source>找不到居民：%1</source>
        <translation>Resident not found: %1</translation>
    </message>
    <message>
        <source>输出的 PDF 文件</source>
        <translation>Output PDF file</translation>
    </message>
    <message>
        <source>请用 --out 给出 PDF 文件</source>
        <translation>Give the PDF file with --out</translation>
    </message>
    <message>
        <source>已将%1的%2保存为 %3</source>
        <translation>Saved %2 of %1 as %3</translation>
    </message>
    <message>
        <source>体检记录编号（默认该居民最近一次体检）</source>
        <translation>Health check id (default: the resident's latest check)</translation>
    </message>
    <message>
        <source>居民：编号或身份证号</source>
        <translation>Resident: id or ID number</translation>
    </message>
    <message>
        <source>把健康体检表保存为 PDF（A4）</source>
        <translation>Save the health examination form as PDF (A4)</translation>
    </message>
    <message>
        <source>%1还没有健康体检记录</source>
        <translation>%1 has no health check yet</translation>
    </message>
    <message>
        <source>请用 --check 给出体检记录，或用 --resident 给出居民</source>
        <translation>Give a health check with --check or a resident with --resident</translation>
    </message>
    <message>
        <source>健康体检表</source>
        <translation>Health Examination Form</translation>
    </message>
    <message>
        <source>把居民健康档案封面和个人基本信息表保存为 PDF（A4）</source>
        <translation>Save the health record cover and the personal basic information form as PDF (A4)</translation>
    </message>
    <message>
        <source>请用 --resident 给出居民</source>
        <translation>Give the resident with --resident</translation>
    </message>
    <message>
        <source>健康档案封面和个人基本信息表</source>
        <translation>health record cover and personal basic information form</translation>
    </message>
    <message>
        <source>健康体检表存为 PDF（--db PATH --check ID 或 --resident 居民 --out FILE）</source>
        <translation>Save a health examination form as PDF (--db PATH --check ID or --resident RESIDENT --out FILE)</translation>
    </message>
    <message>
        <source>档案封面和个人基本信息表存为 PDF（--db PATH --resident 居民 --out FILE）</source>
        <translation>Save the record cover and basic information form as PDF (--db PATH --resident RESIDENT --out FILE)</translation>
    </message>
    <message>
        <source>设置文件有 %1 处问题，什么都没有写入</source>
        <translation>The settings file has %1 problem(s); nothing was written</translation>
    </message>
    <message>
        <source>数据库文件（不存在时新建）</source>
        <translation>Database file (created if missing)</translation>
    </message>
    <message>
        <source>机构设置文件（JSON，见 packaging/clinic.example.json）</source>
        <translation>Clinic settings file (JSON, see packaging/clinic.example.json)</translation>
    </message>
    <message>
        <source>只检查设置文件，不写入</source>
        <translation>Check the settings file only; do not write</translation>
    </message>
    <message>
        <source>按设置文件建立机构：区划、团队、医生账户、管理员、区域平台</source>
        <translation>Set up the clinic from a settings file: divisions, teams, doctor accounts, administrators, regional platform</translation>
    </message>
    <message>
        <source>缺少 --from 设置文件</source>
        <translation>Missing --from settings file</translation>
    </message>
    <message>
        <source>设置文件没有问题</source>
        <translation>The settings file has no problems</translation>
    </message>
    <message>
        <source>设置没有写入：%1</source>
        <translation>Settings not written: %1</translation>
    </message>
    <message>
        <source>机构设置已写入（%1 项）</source>
        <translation>Clinic settings written (%1 items)</translation>
    </message>
    <message>
        <source>数据库已与设置文件一致，没有改动</source>
        <translation>Database already matches the settings file; nothing changed</translation>
    </message>
    <message>
        <source>按设置文件建立机构（--from clinic.json --db PATH）</source>
        <translation>Set up the clinic from a settings file (--from clinic.json --db PATH)</translation>
    </message>
    <message>
        <source>居民 ID（或18位身份证号）</source>
        <translation>Resident ID (or 18-digit ID number)</translation>
    </message>
    <message>
        <source>日期 YYYY-MM-DD（默认今天）</source>
        <translation>Date YYYY-MM-DD (default today)</translation>
    </message>
    <message>
        <source>恢复原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>死亡原因、迁往何处、注销原因或从何处迁入</source>
        <translation>Cause of death, destination, reason for closing, or where from</translation>
    </message>
    <message>
        <source>缺少 --id 居民 ID</source>
        <translation>Missing --id resident ID</translation>
    </message>
    <message>
        <source>已登记：%1 %2（%3）</source>
        <translation>Recorded: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>  已终止：%1</source>
        <translation>  Ended: %1</translation>
    </message>
    <message>
        <source>档案状态：%1</source>
        <translation>Record status: %1</translation>
    </message>
    <message>
        <source>档案状态：在管</source>
        <translation>Record status: active</translation>
    </message>
    <message>
        <source>登记居民死亡（--date 死亡日期 --reason 死亡原因）：终止其签约和慢病管理，自该日起移出所有工作清单和统计</source>
        <translation>Record a resident's death (--date date of death --reason cause): ends their contracts and chronic care, and takes them off every work list and statistic from that day</translation>
    </message>
    <message>
        <source>登记居民迁出（--date 迁出日期 --reason 迁往何处）</source>
        <translation>Record that a resident moved away (--date date --reason destination)</translation>
    </message>
    <message>
        <source>注销居民档案（--date 注销日期 --reason 注销原因）</source>
        <translation>Close a resident's record (--date date --reason why)</translation>
    </message>
    <message>
        <source>登记居民从其他机构迁入（--date 迁入日期 --reason 原管理机构）</source>
        <translation>Record a resident transferred in from another clinic (--date date --reason previous clinic)</translation>
    </message>
    <message>
        <source>撤销死亡、迁出或注销登记，恢复档案在管（管理员；--reason 恢复原因）</source>
        <translation>Undo a death, move or closed record and make the record active again (administrators; --reason why)</translation>
    </message>
    <message>
        <source>登记居民死亡（--id --date --reason）</source>
        <translation>Record a resident's death (--id --date --reason)</translation>
    </message>
    <message>
        <source>登记居民迁出（--id --date --reason）</source>
        <translation>Record that a resident moved away (--id --date --reason)</translation>
    </message>
    <message>
        <source>注销居民档案（--id --date --reason）</source>
        <translation>Close a resident's record (--id --date --reason)</translation>
    </message>
    <message>
        <source>登记居民从其他机构迁入（--id --date --reason）</source>
        <translation>Record a transfer in from another clinic (--id --date --reason)</translation>
    </message>
    <message>
        <source>撤销死亡/迁出/注销，恢复档案（管理员）</source>
        <translation>Undo a death/move/closing and reopen the record (administrators)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>报表编号：%1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <source>统计期间开始（YYYY-MM-DD，含）</source>
        <translation>First day of the period (YYYY-MM-DD, included)</translation>
    </message>
    <message>
        <source>统计期间结束（YYYY-MM-DD，含）</source>
        <translation>Last day of the period (YYYY-MM-DD, included)</translation>
    </message>
    <message>
        <source>只统计该地区（县6位、乡镇9位或村12位区划代码）</source>
        <translation>Only this area (county 6, township 9 or village 12-digit code)</translation>
    </message>
    <message>
        <source>审核人（不填则留空手签）</source>
        <translation>Reviewer (empty: a line to sign by hand)</translation>
    </message>
    <message>
        <source>填表人（默认为 --login 的用户；都不填则留空手签）</source>
        <translation>Prepared by (default: the --login user; neither: a line to sign by hand)</translation>
    </message>
    <message>
        <source>写入 Excel 文件</source>
        <translation>Write an Excel file</translation>
    </message>
    <message>
        <source>写入 CSV 文件（UTF-8，Excel 可打开）</source>
        <translation>Write a CSV file (UTF-8, opens in Excel)</translation>
    </message>
    <message>
        <source>写入 PDF 文件（A4，宽表横向）</source>
        <translation>Write a PDF file (A4, landscape when wide)</translation>
    </message>
    <message>
        <source>列出可用的报表</source>
        <translation>List the tables</translation>
    </message>
    <message>
        <source>国家基本公共卫生服务统计报表：每村一行并有合计行</source>
        <translation>Basic public health service report table: one row per village and a total row</translation>
    </message>
    <message>
        <source>--xlsx、--csv 和 --pdf 一次只能用一个</source>
        <translation>Use only one of --xlsx, --csv and --pdf</translation>
    </message>
    <message>
        <source>请用 --table 指定报表（--list 列出可用的报表）</source>
        <translation>Give the table with --table (--list lists them)</translation>
    </message>
    <message>
        <source>没有这张报表：%1（可选：%2）</source>
        <translation>No such table: %1 (choose from %2)</translation>
    </message>
    <message>
        <source>--from 应为日期 YYYY-MM-DD</source>
        <translation>--from must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to 应为日期 YYYY-MM-DD</source>
        <translation>--to must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>统计期间不正确（开始日期应不晚于结束日期）</source>
        <translation>Invalid reporting period (the start date must not be after the end date)</translation>
    </message>
    <message>
        <source>已将%1（%2）保存为 %3</source>
        <translation>Saved %1 (%2) as %3</translation>
    </message>
    <message>
        <source>村的12位区划代码（乡镇9位、县6位；不写则为全部村）</source>
        <translation>12-digit village code (township 9, county 6; none: every village)</translation>
    </message>
    <message>
        <source>工作日期（YYYY-MM-DD，默认今天）</source>
        <translation>Day of the list (YYYY-MM-DD, default today)</translation>
    </message>
    <message>
        <source>把入户走访单保存为 PDF 文件</source>
        <translation>Save the round sheet as a PDF file</translation>
    </message>
    <message>
        <source>今日工作清单：某村某日到期和逾期的全部工作，按户和走访路线排列</source>
        <translation>Today's work list: everything due or overdue in a village on a day, by household in route order</translation>
    </message>
    <message>
        <source>已将入户走访单保存为 %1</source>
        <translation>Round sheet saved as %1</translation>
    </message>
    <message>
        <source>%1 %2：共 %3 项，其中逾期 %4 项</source>
        <translation>%1 %2: %3 items, %4 overdue</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>%1 %2（逾期 %3）</source>
        <translation>%1 %2 (%3 overdue)</translation>
    </message>
    <message>
        <source>无权查看：%1</source>
        <translation>Not permitted to view: %1</translation>
    </message>
    <message>
        <source>本机待办</source>
        <translation>This workstation's queue</translation>
    </message>
    <message>
        <source>户主 %1</source>
        <translation>Head %1</translation>
    </message>
    <message>
        <source>今日工作清单（按户和路线；--pdf 走访单）</source>
        <translation>Today's work list (by household and route; --pdf round sheet)</translation>
    </message>
    <message>
        <source>请用 --%1 给出日期（YYYY-MM-DD）</source>
        <translation>Give the date with --%1 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--area 应为9位乡镇代码、12位村代码、team:团队编号 或 doctor:医生编号：%1</source>
        <translation>--area must be a 9-digit township code, a 12-digit village code, team:TEAM-ID or doctor:DOCTOR-ID: %1</translation>
    </message>
    <message>
        <source>统计范围：%1    统计期间：%2</source>
        <translation>Area: %1    Period: %2</translation>
    </message>
    <message>
        <source>指标定义版本 %1；生成于 %2</source>
        <translation>Indicator definitions version %1; made %2</translation>
    </message>
    <message>
        <source>%1：分子 = %2；分母 = %3</source>
        <translation>%1: numerator = %2; denominator = %3</translation>
    </message>
    <message>
        <source>统计范围：%1；统计期间：%2</source>
        <translation>Area: %1; period: %2</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>  分子：%1</source>
        <translation>  Numerator: %1</translation>
    </message>
    <message>
        <source>  分母：%1</source>
        <translation>  Denominator: %1</translation>
    </message>
    <message>
        <source>没有这个指标：%1（jiayi-cli report --list 列出全部指标）</source>
        <translation>No such indicator: %1 (jiayi-cli report --list lists them all)</translation>
    </message>
    <message>
        <source>已写入 %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <source>一个指标（编号或中文名，如 sign_rate、签约率）</source>
        <translation>One indicator (id or Chinese name, e.g. sign_rate, 签约率)</translation>
    </message>
    <message>
        <source>全部指标</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>列出全部指标的编号和名称</source>
        <translation>List every indicator's id and name</translation>
    </message>
    <message>
        <source>统计期间开始（YYYY-MM-DD）</source>
        <translation>Start of the period (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>统计期间结束（YYYY-MM-DD）</source>
        <translation>End of the period (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>统计范围：9位乡镇代码、12位村代码、team:团队编号 或 doctor:医生编号（默认全部村）</source>
        <translation>Area: a 9-digit township code, a 12-digit village code, team:TEAM-ID or doctor:DOCTOR-ID (default: every village)</translation>
    </message>
    <message>
        <source>另存为 Excel 文件</source>
        <translation>Also save as an Excel file</translation>
    </message>
    <message>
        <source>另存为 PDF（A4 横向）</source>
        <translation>Also save as PDF (A4 landscape)</translation>
    </message>
    <message>
        <source>指标报表：jiayi-cli report --db PATH (--indicator 名称 | --all) --from 日期 --to 日期 [--area 代码] [--json | --xlsx 文件 | --pdf 文件]
统计报表：jiayi-cli report --db PATH --table 编号 --from 日期 --to 日期 [--area 代码] [--reviewer 姓名] [--preparer 姓名] [--json | --xlsx 文件 | --csv 文件 | --pdf 文件]</source>
        <translation>Indicators: jiayi-cli report --db PATH (--indicator NAME | --all) --from DATE --to DATE [--area CODE] [--json | --xlsx FILE | --pdf FILE]
Report tables: jiayi-cli report --db PATH --table ID --from DATE --to DATE [--area CODE] [--reviewer NAME] [--preparer NAME] [--json | --xlsx FILE | --csv FILE | --pdf FILE]</translation>
    </message>
    <message>
        <source>省里的目标与设置（JSON 文件）</source>
        <translation>The province's targets and settings (JSON file)</translation>
    </message>
    <message>
        <source>以导入格式显示正在使用的目标与设置</source>
        <translation>Show the targets and settings in force, in the import format</translation>
    </message>
    <message>
        <source>指标目标：jiayi-cli report targets --db PATH (--from 文件 | --show)。文件格式：{"source": "文件名", "targets": {"sign_rate": 75}, "settings": {"prevalence_hypertension": 0.25}, "population": {"村代码": 人数}}</source>
        <translation>Indicator targets: jiayi-cli report targets --db PATH (--from FILE | --show). File format: {"source": "document", "targets": {"sign_rate": 75}, "settings": {"prevalence_hypertension": 0.25}, "population": {"village code": people}}</translation>
    </message>
    <message>
        <source>请给出 --from 文件 或 --show 之一</source>
        <translation>Give one of --from FILE or --show</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>已导入：目标 %1 项，设置 %2 项，常住人口 %3 个地区</source>
        <translation>Imported: %1 targets, %2 settings, resident population of %3 areas</translation>
    </message>
    <message>
        <source>指标与统计报表（--db PATH --indicator 名称|--all|--table 编号 --from 日期 --to 日期 [--area 代码] [--json|--xlsx|--csv|--pdf]）</source>
        <translation>Indicators and report tables (--db PATH --indicator NAME|--all|--table ID --from DATE --to DATE [--area CODE] [--json|--xlsx|--csv|--pdf])</translation>
    </message>
    <message>
        <source>导入或显示指标目标与设置（--db PATH --from 文件|--show）</source>
        <translation>Import or show indicator targets and settings (--db PATH --from FILE|--show)</translation>
    </message>
    <message>
        <source>请给出 --indicator 名称、--all 或 --table 编号 之一</source>
        <translation>Give one of --indicator NAME, --all or --table ID</translation>
    </message>
    <message>
        <source>规则文件（默认内置的 elderly_selfcare.json）</source>
        <translation>Rule file (default: the built-in elderly_selfcare.json)</translation>
    </message>
    <message>
        <source>老年人生活自理能力评估：标准输入读 JSON（五项各为所选列 0～3），输出总分、分级和各项得分</source>
        <translation>Elderly self-care assessment: reads JSON on standard input (each of the five items the chosen column 0–3), prints the total, the band and each item's points</translation>
    </message>
    <message>
        <source>老年人生活自理能力评估（标准输入读 JSON，输出总分与分级）</source>
        <translation>Elderly self-care assessment (JSON on standard input; prints the total and band)</translation>
    </message>
    <message>
        <source>按WHO 2006儿童生长标准评价一次测量（标准输入 JSON：sex, birth_date, on, weight_kg, length_cm 或 height_cm, head_cm；标准输出 JSON）</source>
        <translation>Assess one measurement against the WHO 2006 child growth standards (standard input JSON: sex, birth_date, on, weight_kg, length_cm or height_cm, head_cm; standard output JSON)</translation>
    </message>
    <message>
        <source>儿童生长评价：WHO 2006标准的Z评分、上中下和标记（JSON）</source>
        <translation>Child growth: WHO 2006 z-scores, band and flags (JSON)</translation>
    </message>
    <message>
        <source>规则集：nbphs（基本公卫规范，默认）或 norm2018（2018年工作规范）</source>
        <translation>Rule set: nbphs (the NBPHS standard, default) or norm2018 (the 2018 work norm)</translation>
    </message>
    <message>
        <source>严重精神障碍随访分类：标准输入读 JSON，输出分类、下次随访天数、是否转诊</source>
        <translation>Severe mental disorder follow-up classification: reads JSON on standard input, prints the class, days to the next visit and whether to refer</translation>
    </message>
    <message>
        <source>严重精神障碍患者管理记录编号</source>
        <translation>Severe mental disorder patient record ID</translation>
    </message>
    <message>
        <source>显示一名严重精神障碍患者的登记和随访（需要相应权限，读取留痕）</source>
        <translation>Show one severe mental disorder patient's registration and follow-ups (needs the permission; the read is audited)</translation>
    </message>
    <message>
        <source>缺少 --patient 患者编号</source>
        <translation>Missing --patient patient ID</translation>
    </message>
    <message>
        <source>显示严重精神障碍患者记录（需要严重精神障碍记录权限，读取留痕）</source>
        <translation>Show a severe mental disorder patient's record (needs the mental-health permission; the read is audited)</translation>
    </message>
    <message>
        <source>严重精神障碍随访分类（标准输入读 JSON，输出分类、下次随访天数、是否转诊）</source>
        <translation>Severe mental disorder follow-up classification (JSON on standard input; prints class, days to next visit, referral)</translation>
    </message>
    <message>
        <source>由末次月经推算预产期、孕周、孕期和下次产前随访（标准输入 JSON：lmp, on, rule, ultrasound_edd, done；标准输出 JSON）</source>
        <translation>Expected date of delivery, gestational age, trimester and next prenatal visits from the last menstrual period (standard input JSON: lmp, on, rule, ultrasound_edd, done; standard output JSON)</translation>
    </message>
    <message>
        <source>孕期日期：预产期、孕周、孕期、产前随访时间（JSON）</source>
        <translation>Pregnancy dates: EDD, gestational age, trimester, prenatal visit windows (JSON)</translation>
    </message>
    <message>
        <source>把居民健康档案摘要（一页，带二维码查询编号）保存为 PDF（A4）</source>
        <translation>Save the resident's record summary (one page, QR code with a reference) as PDF (A4)</translation>
    </message>
    <message>
        <source>居民健康档案摘要</source>
        <translation>Resident health record summary</translation>
    </message>
    <message>
        <source>居民健康档案摘要存为 PDF（--db PATH --resident 居民 --out FILE；每次打印留痕）</source>
        <translation>Resident record summary as PDF (--db PATH --resident KEY --out FILE; every print is audited)</translation>
    </message>
    <message>
        <source>肺结核患者管理记录编号</source>
        <translation>Tuberculosis patient record ID</translation>
    </message>
    <message>
        <source>肺结核患者服药情况：应服、实服、漏服次数及是否规则服药</source>
        <translation>Tuberculosis patient's doses: prescribed, taken, missed, and whether treatment is regular</translation>
    </message>
    <message>
        <source>截至 %1：应服药 %2 次，实际服药 %3 次，漏服 %4 次（%5%）</source>
        <translation>As of %1: %2 doses prescribed, %3 taken, %4 missed (%5%)</translation>
    </message>
    <message>
        <source>规则服药</source>
        <translation>Regular treatment</translation>
    </message>
    <message>
        <source>未规则服药</source>
        <translation>Irregular treatment</translation>
    </message>
    <message>
        <source>肺结核患者服药情况（应服、实服、漏服，是否规则服药）</source>
        <translation>Tuberculosis doses (prescribed, taken, missed, regular or not)</translation>
    </message>
    <message>
        <source>规则文件（默认内置的 tcm_constitution.json）</source>
        <translation>Rule file (default: the built-in tcm_constitution.json)</translation>
    </message>
    <message>
        <source>老年人中医体质辨识：标准输入读 JSON（33 题各 1～5，可给 bmi、waist_cm），输出九种体质的原始分与判定</source>
        <translation>Elderly TCM constitution assessment: reads JSON on standard input (33 answers 1–5, optional bmi and waist_cm), prints the nine constitutions' raw scores and results</translation>
    </message>
    <message>
        <source>中医体质辨识（标准输入读 33 题答案 JSON，输出九种体质判定）</source>
        <translation>TCM constitution assessment (33 answers as JSON on standard input; prints the nine results)</translation>
    </message>
    <message>
        <source>上报的月份（YYYY-MM）</source>
        <translation>The month to send (YYYY-MM)</translation>
    </message>
    <message>
        <source>把一个月的指标（分子、分母、率）以 FHIR MeasureReport 上报区域平台；同一月份再次上报会更新，不会重复</source>
        <translation>Sends a month's indicators (numerator, denominator, rate) to the regional platform as FHIR MeasureReports; sending a month again updates it, nothing is duplicated</translation>
    </message>
    <message>
        <source>--month 应为 YYYY-MM 格式的月份</source>
        <translation>--month must be a month in the form YYYY-MM</translation>
    </message>
    <message>
        <source>上报月度指标到区域平台（--db PATH --month YYYY-MM [--server URL --token T --ca FILE]）</source>
        <translation>Send the monthly indicators to the regional platform (--db PATH --month YYYY-MM [--server URL --token T --ca FILE])</translation>
    </message>
    <message>
        <source>压缩上传的事务包：auto（仅对嘉医平台）、on 或 off</source>
        <translation>Compress uploaded Bundles: auto (only to the Jiayi platform), on or off</translation>
    </message>
    <message>
        <source>按时间下载时（非嘉医平台）每次回看的秒数</source>
        <translation>When downloading by time (not the Jiayi platform), how many seconds each sync looks back</translation>
    </message>
    <message>
        <source>--gzip 应为 auto、on 或 off</source>
        <translation>--gzip must be auto, on or off</translation>
    </message>
    <message>
        <source>仍有 %1 条记录未上传：请处理冲突和被拒记录</source>
        <translation>%1 records are still unsent: resolve the conflicts and rejected records</translation>
    </message>
    <message>
        <source>due-week、due-month、overdue、due-by-week、not-seen-quarter、lost 或 open（默认 overdue）</source>
        <translation>due-week, due-month, overdue, due-by-week, not-seen-quarter, lost or open (default overdue)</translation>
    </message>
</context>
<context>
    <name>Gui::AdminPage</name>
    <message>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>管理用户、设置和备份的账户。</source>
        <translation>The account that manages users, settings and backups.</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>姓名(&amp;A)</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>再次输入(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>用户名为 2-32 个字母、数字、下划线、点或减号。密码至少 %1 位，需同时包含字母和数字，不能包含用户名。请记住密码：忘记时只能在本机用 jiayi-cli 重置。</source>
        <translation>User names are 2-32 letters, digits, underscores, dots or hyphens. Passwords need at least %1 characters, both letters and digits, and must not contain the user name. Remember the password: if it is forgotten, only jiayi-cli on this machine can reset it.</translation>
    </message>
    <message>
        <source>已登录的管理员 %1（%2）将建立本机构，这里不需要再填写。</source>
        <translation>The logged-in administrator %1 (%2) sets up the clinic; nothing to enter here.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>Gui::AreasPage</name>
    <message>
        <source>乡镇和村</source>
        <translation>Township and villages</translation>
    </message>
    <message>
        <source>本机构所在的乡镇（街道）和它所辖的村（居委会）。</source>
        <translation>The clinic's township (or subdistrict) and its villages (or communities).</translation>
    </message>
    <message>
        <source>9 位数字</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>例如：星沙街道</source>
        <translation>e.g. 星沙街道</translation>
    </message>
    <message>
        <source>乡镇（街道）代码(&amp;T)</source>
        <translation>&amp;Township code</translation>
    </message>
    <message>
        <source>名称(&amp;E)</source>
        <translation>Nam&amp;e</translation>
    </message>
    <message>
        <source>区划代码（12 位）</source>
        <translation>Area code (12 digits)</translation>
    </message>
    <message>
        <source>村（居委会）名称</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>村（居委会）(&amp;V)</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>删除行(&amp;D)</source>
        <translation>&amp;Delete row</translation>
    </message>
    <message>
        <source>区划代码用国家统计局的统计用区划代码：乡镇 9 位，村 12 位（前 9 位是乡镇代码）。每行一个村或居委会。代码可只输入最后 3 位，离开单元格时自动补上乡镇代码。可从 Excel 选中“代码、名称”两列复制，在表中按 Ctrl+V 粘贴。Delete 删除当前行；在最后的空行按 Tab 离开表格。导入居民名单时按村名找村，村名不能重复。</source>
        <translation>Area codes are the National Bureau of Statistics' statistical area codes: 9 digits for the township, 12 for a village (the first 9 are the township's). One village or community per row. The code may be just its last 3 digits; the township's code is put in front when leaving the cell. Copy the code and name columns in Excel and press Ctrl+V in the table to paste them. Delete removes the current row; Tab in the empty last row leaves the table. The import finds villages by name, so names must be unique.</translation>
    </message>
    <message>
        <source>第 %1 行%2</source>
        <translation>row %1, %2</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>乡镇名称</source>
        <translation>Township name</translation>
    </message>
    <message>
        <source>乡镇代码</source>
        <translation>Township code</translation>
    </message>
</context>
<context>
    <name>Gui::AuditPage</name>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;E)…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>校验完整性(&amp;V)</source>
        <translation>&amp;Verify integrity</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>选中一条记录，查看修改前后的内容</source>
        <translation>Select an entry to see the content before and after the change</translation>
    </message>
    <message>
        <source>显示最新的 %1 条（请缩小查询范围）</source>
        <translation>Showing the latest %1 entries (please narrow the query)</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>Exported %1 entries to %2</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>记录ID或居民身份证号</source>
        <translation>Record ID or resident's identity number</translation>
    </message>
    <message>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>用户(&amp;U)</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>操作(&amp;A)</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>记录(&amp;R)</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>%1
原始记录：%2
修改前：
%3
修改后：
%4
哈希：%5</source>
        <translation>%1
Original record: %2
Before:
%3
After:
%4
Hash: %5</translation>
    </message>
</context>
<context>
    <name>Gui::BackupPage</name>
    <message>
        <source>选择(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>可选：有恢复密钥时，忘记备份密码也能恢复</source>
        <translation>Optional: with a recovery key you can restore even if the backup password is forgotten</translation>
    </message>
    <message>
        <source>生成恢复密钥(&amp;G)</source>
        <translation>&amp;Generate recovery key</translation>
    </message>
    <message>
        <source>国际算法（AES-256-GCM、SHA-256）</source>
        <translation>International (AES-256-GCM, SHA-256)</translation>
    </message>
    <message>
        <source>立即备份(&amp;K)</source>
        <translation>Bac&amp;k up now</translation>
    </message>
    <message>
        <source>备份文件夹(&amp;F)</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <source>备份密码(&amp;P)</source>
        <translation>Backup &amp;password</translation>
    </message>
    <message>
        <source>再次输入(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>恢复密钥(&amp;Y)</source>
        <translation>Recovery ke&amp;y</translation>
    </message>
    <message>
        <source>算法(&amp;A)</source>
        <translation>&amp;Algorithm</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>算法</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>校验所选(&amp;V)…</source>
        <translation>&amp;Verify selected…</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>请抄下恢复密钥并妥善保管（不会另行保存）：%1</source>
        <translation>Write down the recovery key and keep it safe (it is not stored anywhere else): %1</translation>
    </message>
    <message>
        <source>两次输入的备份密码不一致</source>
        <translation>The two backup passwords do not match</translation>
    </message>
    <message>
        <source>无法创建文件夹：%1</source>
        <translation>Cannot create folder: %1</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请先在列表中选择一个备份</source>
        <translation>Select a backup in the list first</translation>
    </message>
    <message>
        <source>校验备份</source>
        <translation>Verify backup</translation>
    </message>
    <message>
        <source>备份密码或恢复密钥：</source>
        <translation>Backup password or recovery key:</translation>
    </message>
    <message>
        <source>备份完好：%1</source>
        <translation>Backup is sound: %1</translation>
    </message>
    <message>
        <source>商用密码（SM4、SM3、SM2）</source>
        <translation>Commercial cryptography (SM4, SM3, SM2)</translation>
    </message>
    <message>
        <source>备份位置与加密</source>
        <translation>Backup location and encryption</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>刷新(&amp;E)</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <source>已有备份(&amp;L)</source>
        <translation>Backup &amp;list</translation>
    </message>
    <message>
        <source>正在按计划备份，可以继续工作…</source>
        <translation>Scheduled backup running; you can keep working…</translation>
    </message>
    <message>
        <source>正在按计划备份，可以继续工作… %1%</source>
        <translation>Scheduled backup running; you can keep working… %1%</translation>
    </message>
    <message>
        <source>自动备份完成并已校验：%1</source>
        <translation>Automatic backup done and verified: %1</translation>
    </message>
    <message>
        <source>自动备份失败：%1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>自动备份计划</source>
        <translation>Automatic backup schedule</translation>
    </message>
    <message>
        <source>不自动备份</source>
        <translation>No automatic backup</translation>
    </message>
    <message>
        <source>每天定时</source>
        <translation>Daily at a set time</translation>
    </message>
    <message>
        <source>每隔几小时</source>
        <translation>Every few hours</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>保存计划(&amp;S)</source>
        <translation>&amp;Save schedule</translation>
    </message>
    <message>
        <source>按计划立即备份(&amp;U)</source>
        <translation>R&amp;un scheduled backup now</translation>
    </message>
    <message>
        <source>自动备份写入上面的文件夹，用上面的算法加密。备份密码不保存在本机：保存计划时用它生成备份密钥，恢复时需要此密码或恢复密钥。</source>
        <translation>Automatic backups go to the folder above, encrypted with the algorithm above. The backup password is not stored on this computer: saving the schedule derives a backup key from it, and restoring needs this password or the recovery key.</translation>
    </message>
    <message>
        <source>时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>间隔(&amp;H)</source>
        <translation>&amp;Interval</translation>
    </message>
    <message>
        <source>计划(&amp;M)</source>
        <translation>Sche&amp;dule</translation>
    </message>
    <message>
        <source>保留最近(&amp;N)</source>
        <translation>Keep &amp;newest</translation>
    </message>
    <message>
        <source>未设置自动备份。</source>
        <translation>No automatic backup is set up.</translation>
    </message>
    <message>
        <source>下次备份：%1</source>
        <translation>Next backup: %1</translation>
    </message>
    <message>
        <source>上次自动备份：%1</source>
        <translation>Last automatic backup: %1</translation>
    </message>
    <message>
        <source>还没有自动备份</source>
        <translation>No automatic backup yet</translation>
    </message>
    <message>
        <source>上次尝试失败：%1</source>
        <translation>Last attempt failed: %1</translation>
    </message>
    <message>
        <source>已关闭自动备份</source>
        <translation>Automatic backup turned off</translation>
    </message>
    <message>
        <source>计划已保存，已用新的备份密码生成备份密钥（以前的备份仍用原密码恢复）</source>
        <translation>Schedule saved; a backup key was generated from the new backup password (earlier backups still restore with the old password)</translation>
    </message>
    <message>
        <source>计划已保存</source>
        <translation>Schedule saved</translation>
    </message>
    <message>
        <source>自动备份不可用</source>
        <translation>Automatic backup unavailable</translation>
    </message>
    <message>
        <source>自动备份正在进行</source>
        <translation>An automatic backup is in progress</translation>
    </message>
    <message>
        <source>请先保存自动备份计划</source>
        <translation>Save the automatic backup schedule first</translation>
    </message>
    <message>
        <source>已备份到 %1（已校验）</source>
        <translation>Backed up to %1 (verified)</translation>
    </message>
    <message>
        <source>已备份到 %1，但校验失败：%2</source>
        <translation>Backed up to %1, but verification failed: %2</translation>
    </message>
    <message>
        <source>未校验</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>✔ 已校验 %1</source>
        <translation>✔ Verified %1</translation>
    </message>
    <message>
        <source>✘ 校验失败</source>
        <translation>✘ Verification failed</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>结构版本 %1</source>
        <translation>Schema version %1</translation>
    </message>
    <message>
        <source>从所选备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from selected backup…</translation>
    </message>
    <message>
        <source>恢复会替换当前数据库：先校验所选备份，再把当前数据另存一份安全备份，然后换上备份并重新登录。也可在退出家医后运行 jiayi-cli restore --db 数据库文件 --from 备份文件。</source>
        <translation>Restoring replaces the current database: the selected backup is verified first, the current data is saved as a safety backup, then the backup is swapped in and you log in again. You can also quit Jiayi and run jiayi-cli restore --db DATABASE_FILE --from BACKUP_FILE.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>未恢复：%1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>用备份 %1（%2）替换当前数据库？

当前数据会先另存一份安全备份；恢复后需要重新登录。</source>
        <translation>Replace the current database with backup %1 (%2)?

The current data will first be saved as a safety backup; you will need to log in again after restoring.</translation>
    </message>
    <message>
        <source>未恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>未恢复：当前数据的安全备份没有成功（%1）</source>
        <translation>Not restored: safety backup of the current data failed (%1)</translation>
    </message>
    <message>
        <source>已另存安全备份 %1，正在恢复…</source>
        <translation>Safety backup saved as %1; restoring…</translation>
    </message>
</context>
<context>
    <name>Gui::BackupStatusWidget</name>
    <message>
        <source>取消备份</source>
        <translation>Cancel backup</translation>
    </message>
    <message>
        <source>正在自动备份…</source>
        <translation>Automatic backup running…</translation>
    </message>
    <message>
        <source>自动备份完成：%1</source>
        <translation>Automatic backup done: %1</translation>
    </message>
    <message>
        <source>自动备份失败：%1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>Gui::BirthDialog</name>
    <message>
        <source>分娩登记</source>
        <translation>Delivery registration</translation>
    </message>
    <message>
        <source>该居民没有待分娩的孕产期记录</source>
        <translation>This resident has no pregnancy awaiting delivery</translation>
    </message>
    <message>
        <source>未出院/不详</source>
        <translation>Not discharged / unknown</translation>
    </message>
    <message>
        <source>助产机构名称；在家分娩填“无”</source>
        <translation>Delivery institution; "无" for a home birth</translation>
    </message>
    <message>
        <source>活产</source>
        <translation>Live birth</translation>
    </message>
    <message>
        <source>死胎死产</source>
        <translation>Stillbirth</translation>
    </message>
    <message>
        <source>自然流产</source>
        <translation>Miscarriage</translation>
    </message>
    <message>
        <source>人工流产/引产</source>
        <translation>Induced abortion</translation>
    </message>
    <message>
        <source>分娩日期(&amp;D)</source>
        <translation>&amp;Delivery date</translation>
    </message>
    <message>
        <source>分娩地点(&amp;P)</source>
        <translation>&amp;Place of delivery</translation>
    </message>
    <message>
        <source>妊娠结局(&amp;O)</source>
        <translation>Pregnancy &amp;outcome</translation>
    </message>
    <message>
        <source>出院日期(&amp;C)</source>
        <translation>Dis&amp;charge date</translation>
    </message>
    <message>
        <source>新生儿数(&amp;N)</source>
        <translation>&amp;Newborns</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>姓名（未取名可空：%1之男/之女）</source>
        <translation>Name (empty before naming: %1's son/daughter)</translation>
    </message>
    <message>
        <source>出生体重 g</source>
        <translation>Birth weight g</translation>
    </message>
    <message>
        <source>身长 cm</source>
        <translation>Length cm</translation>
    </message>
    <message>
        <source>新生儿%1</source>
        <translation>Newborn %1</translation>
    </message>
    <message>
        <source>登记 (Ctrl+S)</source>
        <translation>Record (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Gui::CheckPrinter</name>
    <message>
        <source>健康体检表</source>
        <translation>Health Examination Form</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>Check-up date</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>Responsible doctor</translation>
    </message>
    <message>
        <source>表单版本</source>
        <translation>Form version</translation>
    </message>
    <message>
        <source>本表为更正后的版本（%1）</source>
        <translation>This form is a corrected version (%1)</translation>
    </message>
</context>
<context>
    <name>Gui::ChildActions</name>
    <message>
        <source>新生儿家庭访视</source>
        <translation>Newborn home visit</translation>
    </message>
    <message>
        <source>儿童健康检查</source>
        <translation>Child health check</translation>
    </message>
    <message>
        <source>生长曲线</source>
        <translation>Growth chart</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印儿童健康检查记录表</source>
        <translation>Print the child health check record</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印新生儿家庭访视记录表</source>
        <translation>Print the newborn home visit record</translation>
    </message>
</context>
<context>
    <name>Gui::ChildCheckDialog</name>
    <message>
        <source>新生儿家庭访视</source>
        <translation>Newborn home visit</translation>
    </message>
    <message>
        <source>儿童健康检查</source>
        <translation>Child health check</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>卧位（身长）</source>
        <translation>Lying (length)</translation>
    </message>
    <message>
        <source>立位（身高）</source>
        <translation>Standing (height)</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>纯母乳</source>
        <translation>Exclusive breastfeeding</translation>
    </message>
    <message>
        <source>混合</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>IU/日，未服填0</source>
        <translation>IU/day, 0 if none</translation>
    </message>
    <message>
        <source>小时/日</source>
        <translation>hours/day</translation>
    </message>
    <message>
        <source>颗</source>
        <translation>teeth</translation>
    </message>
    <message>
        <source>如 左4.9 右5.0</source>
        <translation>e.g. L 4.9 R 5.0</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>未筛查</source>
        <translation>Not screened</translation>
    </message>
    <message>
        <source>未见预警征象</source>
        <translation>No warning signs</translation>
    </message>
    <message>
        <source>有预警征象</source>
        <translation>Warning signs present</translation>
    </message>
    <message>
        <source>两次随访间患病情况，如 肺炎1次</source>
        <translation>Illness between visits, e.g. pneumonia ×1</translation>
    </message>
    <message>
        <source>转诊原因及机构，无则不填</source>
        <translation>Reason and institution of referral; leave empty if none</translation>
    </message>
    <message>
        <source>科学喂养、生长发育、疾病预防、预防伤害、口腔保健</source>
        <translation>Feeding, growth, disease prevention, injury prevention, oral health</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>随访日期(&amp;D)</source>
        <translation>Follow-up &amp;date</translation>
    </message>
    <message>
        <source>表单</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>体重(&amp;W)</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>身长/身高(&amp;L)</source>
        <translation>&amp;Length/height</translation>
    </message>
    <message>
        <source>头围(&amp;H)</source>
        <translation>&amp;Head circumference</translation>
    </message>
    <message>
        <source>血红蛋白(&amp;B)</source>
        <translation>Haemoglo&amp;bin</translation>
    </message>
    <message>
        <source>喂养方式(&amp;F)</source>
        <translation>&amp;Feeding</translation>
    </message>
    <message>
        <source>周</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>次/日</source>
        <translation>times/day</translation>
    </message>
    <message>
        <source>无，或部位：面部、躯干、四肢、手足</source>
        <translation>None, or where: face, trunk, limbs, hands and feet</translation>
    </message>
    <message>
        <source>未脱</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>脱落</source>
        <translation>Fallen off</translation>
    </message>
    <message>
        <source>脐部有渗出</source>
        <translation>Oozing</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>出生孕周(&amp;K)</source>
        <translation>Gestation at birth (wee&amp;ks)</translation>
    </message>
    <message>
        <source>出生体重(&amp;Y)</source>
        <translation>Birth weight (&amp;Y)</translation>
    </message>
    <message>
        <source>出生身长(&amp;U)</source>
        <translation>Birth length (&amp;U)</translation>
    </message>
    <message>
        <source>吃奶次数(&amp;M)</source>
        <translation>Feeds per day (&amp;M)</translation>
    </message>
    <message>
        <source>黄疸部位(&amp;J)</source>
        <translation>&amp;Jaundice</translation>
    </message>
    <message>
        <source>脐带(&amp;Q)</source>
        <translation>Umbilical cord (&amp;Q)</translation>
    </message>
    <message>
        <source>维生素D(&amp;V)</source>
        <translation>&amp;Vitamin D</translation>
    </message>
    <message>
        <source>户外活动(&amp;O)</source>
        <translation>&amp;Outdoor activity</translation>
    </message>
    <message>
        <source>出牙数(&amp;T)</source>
        <translation>&amp;Teeth</translation>
    </message>
    <message>
        <source>龋齿数(&amp;C)</source>
        <translation>&amp;Caries</translation>
    </message>
    <message>
        <source>视力(&amp;S)</source>
        <translation>&amp;Sight</translation>
    </message>
    <message>
        <source>听力(&amp;E)</source>
        <translation>H&amp;earing</translation>
    </message>
    <message>
        <source>发育评估(&amp;A)</source>
        <translation>Development &amp;assessment</translation>
    </message>
    <message>
        <source>患病情况(&amp;I)</source>
        <translation>&amp;Illness</translation>
    </message>
    <message>
        <source>转诊(&amp;R)</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <source>指导(&amp;G)</source>
        <translation>&amp;Guidance</translation>
    </message>
    <message>
        <source>下次随访(&amp;N)</source>
        <translation>&amp;Next follow-up</translation>
    </message>
    <message>
        <source>生长评价（WHO 2006）</source>
        <translation>Growth assessment (WHO 2006)</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>生长曲线 (Ctrl+G)</source>
        <translation>Growth chart (Ctrl+G)</translation>
    </message>
    <message>
        <source>您的角色无权记录儿童健康检查</source>
        <translation>Your role may not record children's health checks</translation>
    </message>
    <message>
        <source>填写体重、身长（身高）或头围后即时评价。</source>
        <translation>Assessed as soon as weight, length (height) or head circumference is entered.</translation>
    </message>
    <message>
        <source>%1：Z = %2，%3</source>
        <translation>%1: Z = %2, %3</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>请填写数字</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <source>生长曲线</source>
        <translation>Growth chart</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Gui::ChildCheckPrinter</name>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>健康检查</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>健康检查记录表</source>
        <translation>Health check record</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>月龄/年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>随访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>体重(kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>身长/身高(cm)</source>
        <translation>Length/height (cm)</translation>
    </message>
    <message>
        <source>体重/身高</source>
        <translation>Weight-for-height</translation>
    </message>
    <message>
        <source>头围(cm)</source>
        <translation>Head circumference (cm)</translation>
    </message>
    <message>
        <source>体格发育评价</source>
        <translation>Growth assessment</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>血红蛋白(g/L)</source>
        <translation>Haemoglobin (g/L)</translation>
    </message>
    <message>
        <source>喂养方式</source>
        <translation>Feeding</translation>
    </message>
    <message>
        <source>户外活动(小时/日)</source>
        <translation>Outdoor activity (hours/day)</translation>
    </message>
    <message>
        <source>服用维生素D(IU/日)</source>
        <translation>Vitamin D (IU/day)</translation>
    </message>
    <message>
        <source>出牙/龋齿数(颗)</source>
        <translation>Teeth/caries</translation>
    </message>
    <message>
        <source>视力</source>
        <translation>Sight</translation>
    </message>
    <message>
        <source>听力</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>发育评估（预警征象）</source>
        <translation>Development (warning signs)</translation>
    </message>
    <message>
        <source>两次随访间患病情况</source>
        <translation>Illness between visits</translation>
    </message>
    <message>
        <source>转诊建议</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>指导</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>随访医生签名</source>
        <translation>Doctor's signature</translation>
    </message>
    <message>
        <source>体重、身长（身高）后为WHO 2006标准的上/中/下；体格发育评价为低体重、生长迟缓、消瘦、超重、肥胖。</source>
        <translation>After weight and length (height): high/middle/low by the WHO 2006 standards; the growth assessment names underweight, stunting, wasting, overweight or obesity.</translation>
    </message>
    <message>
        <source>新生儿家庭访视记录表</source>
        <translation>Newborn home visit record</translation>
    </message>
    <message>
        <source>出生孕周</source>
        <translation>Gestation at birth (weeks)</translation>
    </message>
    <message>
        <source>出生体重(g)</source>
        <translation>Birth weight (g)</translation>
    </message>
    <message>
        <source>出生身长(cm)</source>
        <translation>Birth length (cm)</translation>
    </message>
    <message>
        <source>目前体重(kg)</source>
        <translation>Weight now (kg)</translation>
    </message>
    <message>
        <source>身长(cm)</source>
        <translation>Length (cm)</translation>
    </message>
    <message>
        <source>吃奶次数(次/日)</source>
        <translation>Feeds a day</translation>
    </message>
    <message>
        <source>黄疸部位</source>
        <translation>Jaundice</translation>
    </message>
    <message>
        <source>脐带</source>
        <translation>Umbilical cord</translation>
    </message>
    <message>
        <source>本次访视日期</source>
        <translation>Date of this visit</translation>
    </message>
    <message>
        <source>该儿童没有新生儿家庭访视记录</source>
        <translation>This child has no newborn home visit</translation>
    </message>
</context>
<context>
    <name>Gui::ChronicPage</name>
    <message>
        <source>高血压和糖尿病</source>
        <translation>Hypertension and diabetes</translation>
    </message>
    <message>
        <source>全部村（居委会）</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>全部医生</source>
        <translation>All doctors</translation>
    </message>
    <message>
        <source>随访 (Enter)</source>
        <translation>Follow up (Enter)</translation>
    </message>
    <message>
        <source>趋势图 (Ctrl+T)</source>
        <translation>Trend chart (Ctrl+T)</translation>
    </message>
    <message>
        <source>登记 (Ctrl+N)</source>
        <translation>Register (Ctrl+N)</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>指标 (Ctrl+I)</source>
        <translation>Indicators (Ctrl+I)</translation>
    </message>
    <message>
        <source>打印清单 (Ctrl+P)</source>
        <translation>Print list (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1：%2 人　（Enter 随访，Ctrl+T 趋势图，Ctrl+P 打印入户随访清单）</source>
        <translation>%1: %2 people  (Enter follow up, Ctrl+T trend chart, Ctrl+P print home-visit list)</translation>
    </message>
    <message>
        <source>趋势图</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <source>慢病随访清单</source>
        <translation>Chronic-disease follow-up list</translation>
    </message>
    <message>
        <source>%1　%2　打印日期 %3</source>
        <translation>%1  %2  Printed %3</translation>
    </message>
    <message>
        <source>&lt;th&gt;地址&lt;/th&gt;&lt;th&gt;本次血压/血糖&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;th&gt;Address&lt;/th&gt;&lt;th&gt;BP/glucose this visit&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>慢病随访工作清单：%1</source>
        <translation>Chronic follow-up work list: %1</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>打印日期</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>共计</source>
        <translation>Count</translation>
    </message>
    <message numerus="yes">
        <source>%n 人</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::ClinicPage</name>
    <message>
        <source>机构</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>本工作站所属的卫生院或社区卫生服务中心。</source>
        <translation>The township health centre or community health service centre this workstation belongs to.</translation>
    </message>
    <message>
        <source>例如：星沙街道社区卫生服务中心</source>
        <translation>e.g. 星沙街道社区卫生服务中心</translation>
    </message>
    <message>
        <source>18 位，例如 12430121MB1234567X</source>
        <translation>18 characters, e.g. 12430121MB1234567X</translation>
    </message>
    <message>
        <source>机构名称(&amp;M)</source>
        <translation>Clinic na&amp;me</translation>
    </message>
    <message>
        <source>统一社会信用代码(&amp;C)</source>
        <translation>Unified social credit &amp;code</translation>
    </message>
    <message>
        <source>见《医疗机构执业许可证》或事业单位法人证书。机构名称将作为各家庭医生团队的所属机构。</source>
        <translation>See the medical institution licence or the public institution's legal-person certificate. The clinic's name becomes the institution of every family-doctor team.</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>Clinic name</translation>
    </message>
</context>
<context>
    <name>Gui::CloseRegistrationDialog</name>
    <message>
        <source>结案 — %1</source>
        <translation>Close case — %1</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>失访</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>死亡原因、迁往何处或失访原因</source>
        <translation>Cause of death, where they moved, or why lost to follow-up</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Gui::ConfirmPage</name>
    <message>
        <source>核对并建立</source>
        <translation>Check and set up</translation>
    </message>
    <message>
        <source>请核对以下内容。点“建立机构”后一次写入；任何一步失败都不会留下改动。</source>
        <translation>Check what follows. Set up clinic writes it all at once; if any step fails, nothing is changed.</translation>
    </message>
    <message>
        <source>保存为设置文件(&amp;S)…</source>
        <translation>&amp;Save as setup file…</translation>
    </message>
    <message>
        <source>把填写的内容存为 clinic.json（密码另存为同目录的 .password 文件），本机构的其他工作站可用 jiayi --setup 或 jiayi-cli setup --from 建立</source>
        <translation>Saves what was entered as clinic.json (passwords in .password files beside it), so the clinic's other workstations can be set up with jiayi --setup or jiayi-cli setup --from</translation>
    </message>
    <message>
        <source>正在建立机构（为每个账户计算密码散列，需要几秒钟）…</source>
        <translation>Setting up the clinic (hashing every account's password takes a few seconds)…</translation>
    </message>
</context>
<context>
    <name>Gui::ConflictPanel</name>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值（上次同步）</source>
        <translation>Original (last sync)</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>采用的值（可修改）</source>
        <translation>Value to use (editable)</translation>
    </message>
    <message>
        <source>全部采用本机(&amp;M)</source>
        <translation>Use all from this &amp;machine</translation>
    </message>
    <message>
        <source>全部采用平台(&amp;T)</source>
        <translation>Use all from pla&amp;tform</translation>
    </message>
    <message>
        <source>保存决定(&amp;S)</source>
        <translation>&amp;Save decisions</translation>
    </message>
    <message>
        <source>没有待处理的冲突</source>
        <translation>No open conflicts</translation>
    </message>
    <message>
        <source>本机的值在您决定前保持不变，决定后随下次同步上传。</source>
        <translation>The local values stay unchanged until you decide, and are uploaded at the next sync afterwards.</translation>
    </message>
    <message>
        <source>双击（或按回车）原值、本机或平台的值即采用它；也可直接修改最后一列</source>
        <translation>Double-click (or press Enter on) the original, local or platform value to take it; or edit the last column</translation>
    </message>
</context>
<context>
    <name>Gui::ContractDocuments</name>
    <message>
        <source>&lt;h1&gt;家庭医生签约服务协议书&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Family Doctor Contract Service Agreement&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;协议编号：%1　　签约日期：%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Agreement no.: %1    Signed on: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;甲方（签约居民）&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Party A (contracted resident)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;姓名&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;性别&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;出生日期&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Name&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Sex&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;Date of birth&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;身份证号&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;健康档案号&lt;/td&gt;&lt;td colspan='3'&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Identity number&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Health-record number&lt;/td&gt;&lt;td colspan='3'&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;电话&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;住址&lt;/td&gt;&lt;td colspan='3'&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Phone&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Address&lt;/td&gt;&lt;td colspan='3'&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;人群类别&lt;/td&gt;&lt;td colspan='5'&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Population group&lt;/td&gt;&lt;td colspan='5'&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>一般人群</source>
        <translation>General population</translation>
    </message>
    <message>
        <source>&lt;h2&gt;乙方（家庭医生团队）&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Party B (family doctor team)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;团队&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;机构&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Team&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Institution&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;签约医生&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;团队成员&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Contract doctor&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Team members&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;服务内容与费用&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Services and fees&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;table width='100%'&gt;&lt;tr&gt;&lt;th&gt;服务包&lt;/th&gt;&lt;th&gt;服务项目&lt;/th&gt;&lt;th&gt;费用（元/年）&lt;/th&gt;&lt;th&gt;医保&lt;/th&gt;&lt;th&gt;公卫经费&lt;/th&gt;&lt;th&gt;个人自付&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table width='100%'&gt;&lt;tr&gt;&lt;th&gt;Service package&lt;/th&gt;&lt;th&gt;Services&lt;/th&gt;&lt;th&gt;Fee (yuan/year)&lt;/th&gt;&lt;th&gt;Medical insurance&lt;/th&gt;&lt;th&gt;Public health funds&lt;/th&gt;&lt;th&gt;Out of pocket&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 每年%2次</source>
        <translation>%1, %2 times a year</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan='2'&gt;合计（%1年）&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan='2'&gt;Total (%1 years)&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;服务期限&lt;/h2&gt;&lt;p&gt;自 %1 起至 %2 止，共 %3 年。期满前乙方提醒甲方续约；甲方可续约或改签其他团队。同一时间甲方只与一个家庭医生团队签约。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Term&lt;/h2&gt;&lt;p&gt;From %1 to %2, %3 years in total. Before the term ends, Party B reminds Party A to renew; Party A may renew or sign with another team. Party A contracts with only one family doctor team at a time.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;双方权利与义务&lt;/h2&gt;&lt;p&gt;乙方按服务包约定为甲方提供基本医疗、基本公共卫生和约定的健康管理服务，保护甲方隐私；甲方如实提供健康信息，配合随访与体检。任一方可依规定解约。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rights and obligations&lt;/h2&gt;&lt;p&gt;Party B provides Party A with basic medical care, basic public health services and the health management agreed in the service package, and protects Party A's privacy; Party A gives truthful health information and cooperates with follow-ups and health checks. Either party may terminate the contract according to the rules.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;table width='100%'&gt;&lt;tr&gt;&lt;td height='60'&gt;甲方（签字）：&lt;br/&gt;&lt;br/&gt;日期：&lt;/td&gt;&lt;td&gt;乙方签约医生（签字）：&lt;br/&gt;&lt;br/&gt;日期：&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;br/&gt;&lt;table width='100%'&gt;&lt;tr&gt;&lt;td height='60'&gt;Party A (signature):&lt;br/&gt;&lt;br/&gt;Date:&lt;/td&gt;&lt;td&gt;Party B contract doctor (signature):&lt;br/&gt;&lt;br/&gt;Date:&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;家庭医生签约指标&lt;/h1&gt;&lt;p&gt;%1　统计期间：%2 至 %3&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Family Doctor Contract Indicators&lt;/h1&gt;&lt;p&gt;%1  Period: %2 to %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table width='100%'&gt;&lt;tr&gt;&lt;th&gt;指标&lt;/th&gt;&lt;th&gt;分子&lt;/th&gt;&lt;th&gt;分母&lt;/th&gt;&lt;th&gt;比率&lt;/th&gt;&lt;th&gt;分母口径&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table width='100%'&gt;&lt;tr&gt;&lt;th&gt;Indicator&lt;/th&gt;&lt;th&gt;Numerator&lt;/th&gt;&lt;th&gt;Denominator&lt;/th&gt;&lt;th&gt;Rate&lt;/th&gt;&lt;th&gt;Denominator definition&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>签约率</source>
        <translation>Contract rate</translation>
    </message>
    <message>
        <source>所选范围内在册居民（期间内任一天有有效签约即计为已签约）</source>
        <translation>Registered residents in the selected scope (counted as contracted if they had a valid contract on any day of the period)</translation>
    </message>
    <message>
        <source>重点人群签约率</source>
        <translation>Key-population contract rate</translation>
    </message>
    <message>
        <source>期末属于任一重点人群的居民（不是全部签约居民）</source>
        <translation>Residents in any key population at period end (not all contracted residents)</translation>
    </message>
    <message>
        <source>期末属于该类人群的居民</source>
        <translation>Residents in this group at period end</translation>
    </message>
    <message>
        <source>续约率</source>
        <translation>Renewal rate</translation>
    </message>
    <message>
        <source>期间内到期且未提前解约的协议</source>
        <translation>Contracts expiring in the period and not terminated early</translation>
    </message>
    <message>
        <source>服务任务完成率</source>
        <translation>Service task completion rate</translation>
    </message>
    <message>
        <source>期间内到期的服务任务（不含已取消）</source>
        <translation>Service tasks due in the period (excluding cancelled ones)</translation>
    </message>
    <message>
        <source>履约完成的协议</source>
        <translation>Contracts fully served</translation>
    </message>
    <message>
        <source>期间内有到期任务的协议</source>
        <translation>Contracts with tasks due in the period</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
</context>
<context>
    <name>Gui::ContractIndicatorsWidget</name>
    <message>
        <source>全部村（居委会）</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>全部团队</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>统计(&amp;Q)</source>
        <translation>&amp;Calculate</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>签约指标.pdf</source>
        <translation>contract-indicators.pdf</translation>
    </message>
    <message>
        <source>&lt;p&gt;选择期间、村或团队后按“统计”。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose the period, village or team, then press “Calculate”.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gui::ContractTaskDialog</name>
    <message>
        <source>完成签约服务</source>
        <translation>Contract service done</translation>
    </message>
    <message>
        <source>找不到该签约服务任务</source>
        <translation>No such contract service task</translation>
    </message>
    <message>
        <source>%1（应于 %2）</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>完成日期(&amp;D)</source>
        <translation>&amp;Date done</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>该日没有有效的签约合同或该服务已全部完成</source>
        <translation>No contract in force on that day, or the service is already all done</translation>
    </message>
</context>
<context>
    <name>Gui::ContractsPage</name>
    <message>
        <source>居民签约</source>
        <translation>Resident contracts</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>服务包</source>
        <translation>Service packages</translation>
    </message>
</context>
<context>
    <name>Gui::CoverageDialog</name>
    <message>
        <source>接种率统计</source>
        <translation>Immunization coverage</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>统计 (F5)</source>
        <translation>Calculate (F5)</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>有逾期剂次的儿童（Enter 打开接种卡）</source>
        <translation>Children with overdue doses (Enter opens the vaccination card)</translation>
    </message>
    <message>
        <source>统计期结束不能早于开始</source>
        <translation>The period end cannot be before its start</translation>
    </message>
    <message>
        <source>0-6岁儿童 %1 名；建证 %2 名，建证率 %3%；有逾期剂次的儿童 %4 名</source>
        <translation>%1 children aged 0-6; %2 with a certificate, certificate rate %3%; %4 children with overdue doses</translation>
    </message>
</context>
<context>
    <name>Gui::DashboardWidget</name>
    <message>
        <source>统计 (F5)</source>
        <translation>Calculate (F5)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>Immunization</translation>
    </message>
    <message>
        <source>差 88888 人</source>
        <translation>88888 short</translation>
    </message>
    <message>
        <source>△ 接近目标</source>
        <translation>△ Near target</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>工作指标</source>
        <translation>Work indicators</translation>
    </message>
    <message>
        <source>打印日期</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>%1 — %2：尚未达到的居民</source>
        <translation>%1 — %2: residents not reached yet</translation>
    </message>
    <message>
        <source>分母中尚未计入分子的居民。分母：%1
分子：%2</source>
        <translation>Residents of the denominator not in the numerator. Denominator: %1
Numerator: %2</translation>
    </message>
    <message>
        <source>已取消；表中仍是上次的结果。</source>
        <translation>Cancelled; the table still shows the previous figures.</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>年初至今</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>签约团队</source>
        <translation>Contract team</translation>
    </message>
    <message>
        <source>医生</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>第%1季度</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>up to</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>我负责的全部村</source>
        <translation>All my villages</translation>
    </message>
    <message>
        <source>（没有可选的项）</source>
        <translation>(nothing to choose)</translation>
    </message>
    <message>
        <source>统计期间不正确：开始日期应不晚于结束日期</source>
        <translation>The period is wrong: the start must not be after the end</translation>
    </message>
    <message>
        <source>请选择统计范围</source>
        <translation>Choose an area</translation>
    </message>
    <message>
        <source>正在统计 %1，%2…</source>
        <translation>Counting %1, %2…</translation>
    </message>
    <message>
        <source>%1，%2：%3 项指标（%4 毫秒）。点击或按 Enter 打开数字背后的居民名单。</source>
        <translation>%1, %2: %3 indicators (%4 ms). Click a number or press Enter on it for the residents behind it.</translation>
    </message>
    <message>
        <source>%1：%2年各月（年初至月末）</source>
        <translation>%1: %2 by month (year to each month's end)</translation>
    </message>
    <message>
        <source>目标 %1%</source>
        <translation>Target %1%</translation>
    </message>
    <message>
        <source>未设目标</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2（%3 / %4）　%5　&lt;span style='color:%6'&gt;%7&lt;/span&gt;&lt;br/&gt;分子：%8&lt;br/&gt;分母：%9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2 (%3 / %4)  %5  &lt;span style='color:%6'&gt;%7&lt;/span&gt;&lt;br/&gt;Numerator: %8&lt;br/&gt;Denominator: %9</translation>
    </message>
    <message>
        <source>来源：%1
目标来源：%2</source>
        <translation>Source: %1
Target source: %2</translation>
    </message>
    <message>
        <source>%1：各村比较</source>
        <translation>%1: villages compared</translation>
    </message>
    <message>
        <source>正在计算 %1 的月度趋势…</source>
        <translation>Computing the monthly trend of %1…</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>尚未达到</source>
        <translation>not reached yet</translation>
    </message>
    <message>
        <source>%1 — %2的居民</source>
        <translation>%1 — residents of the %2</translation>
    </message>
    <message>
        <source>分子：%1</source>
        <translation>Numerator: %1</translation>
    </message>
    <message>
        <source>分母：%1</source>
        <translation>Denominator: %1</translation>
    </message>
    <message>
        <source>
本期分母 %1 来自设置或估算，名单列出登记在册的相应居民。</source>
        <translation>
This denominator (%1) comes from a setting or an estimate; the list shows the registered residents it stands for.</translation>
    </message>
    <message>
        <source>分母中尚未计入分子的居民（谁还需要这项服务）。
分母：%1
分子：%2</source>
        <translation>Residents of the denominator not in the numerator (who still needs the service).
Denominator: %1
Numerator: %2</translation>
    </message>
</context>
<context>
    <name>Gui::DuplicatesDialog</name>
    <message>
        <source>重复档案</source>
        <translation>Duplicate records</translation>
    </message>
    <message>
        <source>不是同一人 (Ctrl+D)</source>
        <translation>Not the same person (Ctrl+D)</translation>
    </message>
    <message>
        <source>撤销上次合并 (Ctrl+Z)</source>
        <translation>Undo last merge (Ctrl+Z)</translation>
    </message>
    <message>
        <source>重新查找 (F5)</source>
        <translation>Search again (F5)</translation>
    </message>
    <message>
        <source>合并时，两份档案的全部记录（接诊、体检、随访、接种、签约……）都归到保留的档案下；被并入的档案作废但不删除，可以撤销。</source>
        <translation>When merging, all records of both (visits, health checks, follow-ups, vaccinations, contracts…) go to the record kept; the merged-in record is voided, not deleted, and the merge can be undone.</translation>
    </message>
    <message>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>左：姓名</source>
        <translation>Left: name</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>右：姓名</source>
        <translation>Right: name</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 对可能重复的档案</source>
        <translation><numerusform>Found %n possible duplicate pair</numerusform><numerusform>Found %n possible duplicate pairs</numerusform></translation>
    </message>
    <message>
        <source>已合并，移过来 %1 条记录。可按 Ctrl+Z 撤销。</source>
        <translation>Merged; moved %1 records. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>没有可撤销的合并</source>
        <translation>No merge to undo</translation>
    </message>
    <message>
        <source>已撤销上次合并</source>
        <translation>Last merge undone</translation>
    </message>
    <message>
        <source>合并，保留左侧 (Alt+1)</source>
        <translation>Merge, keep left (Alt+1)</translation>
    </message>
    <message>
        <source>合并，保留右侧 (Alt+2)</source>
        <translation>Merge, keep right (Alt+2)</translation>
    </message>
</context>
<context>
    <name>Gui::ElderlyActions</name>
    <message>
        <source>老年人健康管理（年度服务）</source>
        <translation>Elderly health management (annual service)</translation>
    </message>
    <message>
        <source>打印老年人生活自理能力评估表</source>
        <translation>Print the elderly self-care assessment form</translation>
    </message>
</context>
<context>
    <name>Gui::ElderlyServiceDialog</name>
    <message>
        <source>（未做）</source>
        <translation>(not done)</translation>
    </message>
    <message>
        <source>老年人健康管理（年度服务）</source>
        <translation>Elderly health management (annual service)</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>Service date</translation>
    </message>
    <message>
        <source>老年人生活自理能力评估表</source>
        <translation>Elderly self-care assessment form</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>%1（%2分）：%3</source>
        <translation>%1 (%2 points): %3</translation>
    </message>
    <message>
        <source>总评分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>健康状态与认知、情感</source>
        <translation>Health status, cognition and mood</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>说不清楚</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>不太满意</source>
        <translation>Not very satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>健康状态自我评估</source>
        <translation>Health self-rating</translation>
    </message>
    <message>
        <source>粗筛阴性</source>
        <translation>Screen negative</translation>
    </message>
    <message>
        <source>粗筛阳性（任一次未能复述三个词）</source>
        <translation>Screen positive (failed to repeat the three words at least once)</translation>
    </message>
    <message>
        <source>认知功能（三个词，即刻及1分钟后复述）</source>
        <translation>Cognition (three words, repeated at once and after 1 minute)</translation>
    </message>
    <message>
        <source>未查</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>简易智力状态检查（MMSE）总分</source>
        <translation>MMSE total</translation>
    </message>
    <message>
        <source>粗筛阳性（回答“是”或“我想不是十分好”）</source>
        <translation>Screen positive (answer "yes" or "not very good, I think")</translation>
    </message>
    <message>
        <source>情感状态（你经常感到伤心或抑郁吗）</source>
        <translation>Mood (do you often feel sad or depressed?)</translation>
    </message>
    <message>
        <source>老年抑郁量表（GDS）评分</source>
        <translation>Geriatric Depression Scale (GDS) score</translation>
    </message>
    <message>
        <source>1 健康状况评估</source>
        <translation>1 Health status assessment</translation>
    </message>
    <message>
        <source>本次服务的健康体检表</source>
        <translation>Health check of this service</translation>
    </message>
    <message>
        <source>填写新的健康体检表…</source>
        <translation>Fill in a new health check…</translation>
    </message>
    <message>
        <source>体检发现</source>
        <translation>Check findings</translation>
    </message>
    <message>
        <source>登记慢病患者健康管理…</source>
        <translation>Register for chronic disease management…</translation>
    </message>
    <message>
        <source>2 体格检查和辅助检查</source>
        <translation>2 Examination and tests</translation>
    </message>
    <message>
        <source>下次服务日期</source>
        <translation>Next service date</translation>
    </message>
    <message>
        <source>3 健康指导</source>
        <translation>3 Health guidance</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（尚无）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>%1 健康体检表</source>
        <translation>%1 health check</translation>
    </message>
    <message>
        <source>%1 分：%2</source>
        <translation>%1 points: %2</translation>
    </message>
    <message>
        <source>五项评完后计算</source>
        <translation>Computed when all five items are rated</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg，达到高血压标准，请确诊后纳入管理</source>
        <translation>Blood pressure %1/%2 mmHg meets the hypertension threshold: confirm and enrol</translation>
    </message>
    <message>
        <source>空腹血糖 %1 mmol/L，达到糖尿病标准，请确诊后纳入管理</source>
        <translation>Fasting glucose %1 mmol/L meets the diabetes threshold: confirm and enrol</translation>
    </message>
    <message>
        <source>无需纳入慢病管理的发现</source>
        <translation>No findings for chronic disease management</translation>
    </message>
    <message>
        <source>本年度服务完整：记录、体检、指导和评估表都已齐全。</source>
        <translation>This year's service is complete: record, check, guidance and forms are all there.</translation>
    </message>
    <message>
        <source>本年度服务尚缺：%1</source>
        <translation>This year's service still lacks: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Gui::ElderlyTcmPrinter</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>老年人中医药健康管理服务记录表</source>
        <translation>Elderly TCM health management form</translation>
    </message>
    <message>
        <source>请根据近一年的体验和感觉，回答以下问题。</source>
        <translation>Answer the questions below from your experience over the past year.</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>体质类型</source>
        <translation>Constitution</translation>
    </message>
    <message>
        <source>体质辨识</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>1.得分 %1</source>
        <translation>1. Score %1</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>基本是</source>
        <translation>Basically yes</translation>
    </message>
    <message>
        <source>倾向是</source>
        <translation>Tending to yes</translation>
    </message>
    <message>
        <source>中医药保健指导</source>
        <translation>TCM health guidance</translation>
    </message>
    <message>
        <source>填表日期</source>
        <translation>Date filled in</translation>
    </message>
    <message>
        <source>医生签名</source>
        <translation>Doctor's signature</translation>
    </message>
    <message>
        <source>老年人生活自理能力评估表</source>
        <translation>Elderly self-care assessment form</translation>
    </message>
    <message>
        <source>该表为自评表，根据下表中5个方面进行评估，将各方面判断评分汇总后，0～3分者为可自理；4～8分者为轻度依赖；9～18分者为中度依赖；≥19分者为不能自理。</source>
        <translation>A self-assessment of the five activities below; the points are added up: 0–3 independent, 4–8 mildly dependent, 9–18 moderately dependent, 19 or more unable to care for self.</translation>
    </message>
    <message>
        <source>评估事项、内容与评分</source>
        <translation>Activity, content and points</translation>
    </message>
    <message>
        <source>判断评分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>%1分</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>总评分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>（未评完）</source>
        <translation>(not finished)</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>Assessment date</translation>
    </message>
</context>
<context>
    <name>Gui::EncounterDialog</name>
    <message>
        <source>接诊记录</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>出诊</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>每行一种药：药名 规格 用法 用量 天数</source>
        <translation>One drug per line: name strength usage dose days</translation>
    </message>
    <message>
        <source>Delete 键删除选中的诊断</source>
        <translation>Press Delete to remove the selected diagnosis</translation>
    </message>
    <message>
        <source>接诊日期/方式</source>
        <translation>Visit date/type</translation>
    </message>
    <message>
        <source>主诉与现病史（S）</source>
        <translation>Complaint and history (S)</translation>
    </message>
    <message>
        <source>查体与检查（O）</source>
        <translation>Examination and tests (O)</translation>
    </message>
    <message>
        <source>评估（A）</source>
        <translation>Assessment (A)</translation>
    </message>
    <message>
        <source>诊断（ICD-10）</source>
        <translation>Diagnosis (ICD-10)</translation>
    </message>
    <message>
        <source>已选诊断</source>
        <translation>Selected diagnoses</translation>
    </message>
    <message>
        <source>处置计划（P）</source>
        <translation>Plan (P)</translation>
    </message>
    <message>
        <source>处方</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>转诊至</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>更正接诊记录</source>
        <translation>Correct visit record</translation>
    </message>
    <message>
        <source>更正：保存后将作为新版本记录，原记录保留可查。</source>
        <translation>Correction: saving creates a new version; the original record is kept and can still be viewed.</translation>
    </message>
    <message>
        <source>诊断：输入编码、名称或拼音首字母（如 I10、高血压、gxy），↑↓ 选择，回车添加</source>
        <translation>Diagnosis: type a code, name or pinyin initials (e.g. I10, 高血压, gxy), ↑↓ to select, Enter to add</translation>
    </message>
    <message>
        <source>生命体征</source>
        <translation>Vital signs</translation>
    </message>
    <message>
        <source>保存接诊记录</source>
        <translation>Save encounter</translation>
    </message>
    <message>
        <source>主诉（S）、查体（O）和评估（A）都是空的。仍要保存吗？</source>
        <translation>Subjective (S), Objective (O) and Assessment (A) are all empty. Save anyway?</translation>
    </message>
    <message>
        <source>仍然保存</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>返回填写</source>
        <translation>Back to form</translation>
    </message>
    <message>
        <source>确认生命体征</source>
        <translation>Confirm vital signs</translation>
    </message>
    <message>
        <source>以下数值超出常见范围，请核对：
%1
确认无误并保存吗？</source>
        <translation>The following values are outside the usual range; please check:
%1
Confirm and save?</translation>
    </message>
    <message>
        <source>确认并保存</source>
        <translation>Confirm and save</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
</context>
<context>
    <name>Gui::EntryCorrection</name>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>只有接诊记录和健康体检可以在这里更正。</source>
        <translation>Only visit records and health check-ups can be corrected here.</translation>
    </message>
</context>
<context>
    <name>Gui::ExportButtons</name>
    <message>
        <source>打印预览 - %1</source>
        <translation>Print preview - %1</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>CSV 文件（Excel 可打开）(*.csv)</source>
        <translation>CSV file (opens in Excel) (*.csv)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>Gui::FollowupDialog</name>
    <message>
        <source>随访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>随访日期(&amp;D)</source>
        <translation>Follow-up &amp;date</translation>
    </message>
    <message>
        <source>随访方式(&amp;M)</source>
        <translation>Follow-up &amp;method</translation>
    </message>
    <message>
        <source>症状（空格勾选）</source>
        <translation>Symptoms (Space to tick)</translation>
    </message>
    <message>
        <source>其他症状</source>
        <translation>Other symptoms</translation>
    </message>
    <message>
        <source>体征</source>
        <translation>Signs</translation>
    </message>
    <message>
        <source>血压(&amp;B) mmHg</source>
        <translation>&amp;Blood pressure mmHg</translation>
    </message>
    <message>
        <source>心率 次/分</source>
        <translation>Heart rate beats/min</translation>
    </message>
    <message>
        <source>体重 kg（目前/目标）</source>
        <translation>Weight kg (current/target)</translation>
    </message>
    <message>
        <source>身高 cm</source>
        <translation>Height cm</translation>
    </message>
    <message>
        <source>BMI（目前/目标）</source>
        <translation>BMI (current/target)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>触及正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>减弱（双侧）</source>
        <translation>Weakened (both sides)</translation>
    </message>
    <message>
        <source>减弱（左侧）</source>
        <translation>Weakened (left)</translation>
    </message>
    <message>
        <source>减弱（右侧）</source>
        <translation>Weakened (right)</translation>
    </message>
    <message>
        <source>消失（双侧）</source>
        <translation>Absent (both sides)</translation>
    </message>
    <message>
        <source>消失（左侧）</source>
        <translation>Absent (left)</translation>
    </message>
    <message>
        <source>消失（右侧）</source>
        <translation>Absent (right)</translation>
    </message>
    <message>
        <source>足背动脉搏动</source>
        <translation>Dorsalis pedis pulse</translation>
    </message>
    <message>
        <source>其他体征</source>
        <translation>Other signs</translation>
    </message>
    <message>
        <source>生活方式指导（目前/目标）</source>
        <translation>Lifestyle guidance (current/target)</translation>
    </message>
    <message>
        <source>日吸烟量 支</source>
        <translation>Cigarettes per day</translation>
    </message>
    <message>
        <source>日饮酒量 两</source>
        <translation>Alcohol per day, liang (50 g)</translation>
    </message>
    <message>
        <source>运动 次/周, 分/次</source>
        <translation>Exercise times/week, min/time</translation>
    </message>
    <message>
        <source>轻</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>重</source>
        <translation>Heavy</translation>
    </message>
    <message>
        <source>主食 克/天</source>
        <translation>Staple food g/day</translation>
    </message>
    <message>
        <source>摄盐情况</source>
        <translation>Salt intake</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>差</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>心理调整</source>
        <translation>Psychological adjustment</translation>
    </message>
    <message>
        <source>遵医行为</source>
        <translation>Compliance with advice</translation>
    </message>
    <message>
        <source>辅助检查与用药</source>
        <translation>Tests and medication</translation>
    </message>
    <message>
        <source>空腹血糖(&amp;G) mmol/L</source>
        <translation>Fasting &amp;glucose mmol/L</translation>
    </message>
    <message>
        <source>糖化血红蛋白 %，检查日期</source>
        <translation>HbA1c %, test date</translation>
    </message>
    <message>
        <source>其他检查</source>
        <translation>Other tests</translation>
    </message>
    <message>
        <source>规律</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>间断</source>
        <translation>Intermittent</translation>
    </message>
    <message>
        <source>不服药</source>
        <translation>Not taking</translation>
    </message>
    <message>
        <source>服药依从性</source>
        <translation>Medication adherence</translation>
    </message>
    <message>
        <source>有药物不良反应</source>
        <translation>Adverse drug reactions</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>偶尔</source>
        <translation>Occasional</translation>
    </message>
    <message>
        <source>频繁</source>
        <translation>Frequent</translation>
    </message>
    <message>
        <source>低血糖反应</source>
        <translation>Hypoglycemic reactions</translation>
    </message>
    <message>
        <source>新发或加重的并发症</source>
        <translation>New or worsening complications</translation>
    </message>
    <message>
        <source>药名</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>次/日</source>
        <translation>times/day</translation>
    </message>
    <message>
        <source>每次剂量</source>
        <translation>Dose each time</translation>
    </message>
    <message>
        <source>用药情况</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>种类、用法和用量</source>
        <translation>Type, usage and dose</translation>
    </message>
    <message>
        <source>胰岛素</source>
        <translation>Insulin</translation>
    </message>
    <message>
        <source>机构及科别</source>
        <translation>Institution and department</translation>
    </message>
    <message>
        <source>转诊原因</source>
        <translation>Referral reason</translation>
    </message>
    <message>
        <source>转诊至</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2&lt;br&gt;诊断 %3（%4）</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2&lt;br&gt;Diagnosed %3 (%4)</translation>
    </message>
    <message>
        <source>此次随访分类</source>
        <translation>Classification of this follow-up</translation>
    </message>
    <message>
        <source>下次随访(&amp;N)</source>
        <translation>&amp;Next follow-up</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>目标 %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>⚠ 危急情况：请紧急处置并转诊，2周内随访转诊结果</source>
        <translation>⚠ Emergency: treat urgently and refer; follow up the referral outcome within 2 weeks</translation>
    </message>
    <message>
        <source>建议转诊：请填写转诊原因和机构</source>
        <translation>Referral advised: fill in the referral reason and institution</translation>
    </message>
    <message>
        <source>%1随访</source>
        <translation>%1 follow-up</translation>
    </message>
    <message>
        <source>随访医生(&amp;Y)</source>
        <translation>Follow-up doctor (&amp;Y)</translation>
    </message>
</context>
<context>
    <name>Gui::FormGuard</name>
    <message>
        <source>恢复草稿？</source>
        <translation>Restore draft?</translation>
    </message>
    <message>
        <source>上次未保存的内容已留作草稿。恢复草稿继续填写吗？</source>
        <translation>Unsaved entries from last time were kept as a draft. Restore the draft and keep editing?</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <source>丢弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>放弃填写？</source>
        <translation>Discard entries?</translation>
    </message>
    <message>
        <source>表单中已填写的内容尚未保存。放弃这些内容吗？</source>
        <translation>The form has unsaved entries. Discard them?</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>Gui::GrowthChart</name>
    <message>
        <source>年龄别体重</source>
        <translation>Weight-for-age</translation>
    </message>
    <message>
        <source>年龄别身长/身高</source>
        <translation>Length/height-for-age</translation>
    </message>
    <message>
        <source>年龄别头围</source>
        <translation>Head circumference-for-age</translation>
    </message>
    <message>
        <source>年龄别BMI</source>
        <translation>BMI-for-age</translation>
    </message>
    <message>
        <source>指标(&amp;I)</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>%1 %2（WHO 2006 儿童生长标准）</source>
        <translation>%1 %2 (WHO 2006 child growth standards)</translation>
    </message>
    <message>
        <source>中位数</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>本儿童</source>
        <translation>This child</translation>
    </message>
    <message>
        <source>月龄</source>
        <translation>Month age</translation>
    </message>
    <message>
        <source>体重 kg</source>
        <translation>Weight kg</translation>
    </message>
    <message>
        <source>BMI kg/m²</source>
        <translation>BMI kg/m²</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>儿童生长曲线 — %1  %2  出生日期 %3</source>
        <translation>Child growth chart — %1  %2  born %3</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>参考标准：WHO 2006 儿童生长标准（LMS）；曲线为 −3 至 +3 SD</source>
        <translation>Reference: WHO 2006 child growth standards (LMS); curves from −3 to +3 SD</translation>
    </message>
    <message>
        <source>儿童生长曲线</source>
        <translation>Child growth chart</translation>
    </message>
</context>
<context>
    <name>Gui::GuardianDialog</name>
    <message>
        <source>监护人 — %1</source>
        <translation>Guardian — %1</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>与儿童关系(&amp;R)</source>
        <translation>&amp;Relationship to child</translation>
    </message>
    <message>
        <source>电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>保存 (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>Gui::HealthFormDialog</name>
    <message>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>Responsible doctor</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>Check-up date</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>

确认无误并保存？</source>
        <translation>

Is everything correct? Save?</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>更正健康体检表</source>
        <translation>Correct health examination form</translation>
    </message>
    <message>
        <source>更正：保存后将作为新版本记录，原记录保留可查。</source>
        <translation>Correction: saving creates a new version; the original record is kept and can still be viewed.</translation>
    </message>
</context>
<context>
    <name>Gui::ImmunizationPage</name>
    <message>
        <source>查找儿童：姓名、拼音、身份证号 (Ctrl+F)</source>
        <translation>Find a child: name, pinyin, identity number (Ctrl+F)</translation>
    </message>
    <message>
        <source>打印接种通知单</source>
        <translation>Print vaccination list</translation>
    </message>
    <message>
        <source>打印家长通知</source>
        <translation>Print parent notices</translation>
    </message>
    <message>
        <source>接种率…</source>
        <translation>Coverage…</translation>
    </message>
    <message>
        <source>库存…</source>
        <translation>Stock…</translation>
    </message>
    <message>
        <source>从左侧选择儿童，或在上方查找</source>
        <translation>Choose a child on the left, or search above</translation>
    </message>
    <message>
        <source>记录接种 (Enter)</source>
        <translation>Record dose (Enter)</translation>
    </message>
    <message>
        <source>补录外单位/历史 (Ctrl+H)</source>
        <translation>Add external/past dose (Ctrl+H)</translation>
    </message>
    <message>
        <source>禁忌/拒种…</source>
        <translation>Contraindication/refusal…</translation>
    </message>
    <message>
        <source>建证…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <source>村(&amp;V)</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>接种日期</source>
        <translation>Vaccination date</translation>
    </message>
    <message>
        <source>没有可选的村</source>
        <translation>No villages to choose from</translation>
    </message>
    <message>
        <source>%1 %2：应种或逾期儿童 %3 名（其中有逾期剂次 %4 名）</source>
        <translation>%1 %2: %3 children due or overdue (%4 with overdue doses)</translation>
    </message>
    <message>
        <source>拒种：%1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>%1（%2 建）</source>
        <translation>%1 (issued %2)</translation>
    </message>
    <message>
        <source>未建证</source>
        <translation>No certificate</translation>
    </message>
    <message>
        <source>没有找到18岁以下的儿童：%1</source>
        <translation>No child under 18 found: %1</translation>
    </message>
    <message>
        <source>登记健康状况/禁忌</source>
        <translation>Record health condition/contraindication</translation>
    </message>
    <message>
        <source>登记严重过敏（该疫苗禁忌）</source>
        <translation>Record severe allergy (contraindicates this vaccine)</translation>
    </message>
    <message>
        <source>登记家长拒种</source>
        <translation>Record parent's refusal</translation>
    </message>
    <message>
        <source>建证</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>预防接种证编号：</source>
        <translation>Vaccination certificate number:</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>接种通知单-%1-%2.pdf</source>
        <translation>vaccination-list-%1-%2.pdf</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>家长通知-%1-%2.pdf</source>
        <translation>parent-notice-%1-%2.pdf</translation>
    </message>
    <message>
        <source>监护人…</source>
        <translation>Guardian…</translation>
    </message>
    <message>
        <source>接种名单</source>
        <translation>Vaccination list</translation>
    </message>
    <message>
        <source>今日已接种</source>
        <translation>Vaccinated today</translation>
    </message>
    <message>
        <source>&lt;br&gt;监护人：&lt;span style='color:#b02020'&gt;未登记&lt;/span&gt;（监护人… 登记）</source>
        <translation>&lt;br&gt;Guardian: &lt;span style='color:#b02020'&gt;not registered&lt;/span&gt; (register via Guardian…)</translation>
    </message>
    <message>
        <source>&lt;br&gt;监护人：%1</source>
        <translation>&lt;br&gt;Guardian: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2　出生 %3（%4）　接种证：%5　程序：%6　应种 %7 剂，逾期 %8 剂%9%10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2  born %3 (%4)  Vaccination certificate: %5  Schedule: %6  %7 doses due, %8 overdue%9%10</translation>
    </message>
</context>
<context>
    <name>Gui::ImmunizationPrint</name>
    <message>
        <source>预防接种门诊接种通知单（%1）</source>
        <translation>Vaccination clinic list (%1)</translation>
    </message>
    <message>
        <source>接种日期：%1　应种或逾期儿童：%2 名</source>
        <translation>Vaccination date: %1  Children due or overdue: %2</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>本次可种疫苗</source>
        <translation>Vaccines due now</translation>
    </message>
    <message>
        <source>逾期剂次</source>
        <translation>Overdue doses</translation>
    </message>
    <message>
        <source>到场/签名</source>
        <translation>Present/signature</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>预防接种通知</source>
        <translation>Vaccination notice</translation>
    </message>
    <message>
        <source>%1 家长：</source>
        <translation>Dear parent of %1,</translation>
    </message>
    <message>
        <source>根据国家免疫规划程序，您的孩子（出生日期 %1）请于 %2 到 %3 预防接种点接种以下疫苗：</source>
        <translation>Under the national immunization schedule, your child (born %1) is due for the following vaccines; please come to the %3 vaccination point on %2:</translation>
    </message>
    <message>
        <source>%1 第%2剂%3</source>
        <translation>%1 dose %2%3</translation>
    </message>
    <message>
        <source>（已逾期，请尽快补种）</source>
        <translation> (overdue; please catch up soon)</translation>
    </message>
    <message>
        <source>请携带预防接种证。孩子发热、腹泻或患急性疾病时，请告知接种医生。</source>
        <translation>Please bring the vaccination certificate. If your child has a fever, diarrhoea or an acute illness, tell the vaccinating doctor.</translation>
    </message>
    <message>
        <source>监护人/电话</source>
        <translation>Guardian/Phone</translation>
    </message>
    <message>
        <source>%1 的监护人 %2：</source>
        <translation>%1's guardian %2:</translation>
    </message>
</context>
<context>
    <name>Gui::ImportPage</name>
    <message>
        <source>居民名单（可选）</source>
        <translation>Resident list (optional)</translation>
    </message>
    <message>
        <source>已有居民名单时在这里选择。可以以后再导入。</source>
        <translation>Choose the clinic's resident list if there is one. It can be imported later.</translation>
    </message>
    <message>
        <source>不导入可留空</source>
        <translation>Leave empty to import nothing</translation>
    </message>
    <message>
        <source>居民名单文件(&amp;F)</source>
        <translation>Resident list &amp;file</translation>
    </message>
    <message>
        <source>浏览(&amp;O)…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>选择居民名单</source>
        <translation>Choose resident list</translation>
    </message>
    <message>
        <source>居民名单 (*.csv *.txt *.xlsx)</source>
        <translation>Resident lists (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>CSV（UTF-8 或 GB18030）或 Excel .xlsx，第一行为表头，例如：姓名、性别、出生日期、身份证号、联系电话、现住址、村。机构建立后自动打开“导入居民名单”：核对列对照，试运行检查每一行，再导入。不选则以后在“居民档案 → 导入”中导入。</source>
        <translation>CSV (UTF-8 or GB18030) or Excel .xlsx with headers in the first row, e.g. 姓名, 性别, 出生日期, 身份证号, 联系电话, 现住址, 村. Once the clinic is set up, Import resident list opens: check the column mapping, dry-run every row, then import. Without a list, import later under Residents → Import.</translation>
    </message>
    <message>
        <source>%1：%2 行居民，%3 列（%4）</source>
        <translation>%1: %2 residents, %3 columns (%4)</translation>
    </message>
    <message>
        <source>没有认出“姓名”列：导入时请在“列对照”中指定。</source>
        <translation>No name column was recognised: choose it in the column mapping when importing.</translation>
    </message>
    <message>
        <source>名单中没有“村”列：导入时选一个村，所有居民都归入该村。</source>
        <translation>The list has no village column: when importing, choose one village for everyone.</translation>
    </message>
    <message>
        <source>“村”列（第 %1 列）中的村都在上一步填写的村中。</source>
        <translation>Every village in the village column (column %1) is among the villages entered.</translation>
    </message>
    <message>
        <source> 等</source>
        <translation> and more</translation>
    </message>
    <message>
        <source>“村”列中有 %1 个村名不在上一步填写的村中：%2。这 %3 行导入时会被拒绝；可回到“乡镇和村”补上这些村，或改正名单。</source>
        <translation>%1 village names in the village column are not among the villages entered: %2. These %3 rows would be refused when importing; add the villages under Township and villages, or correct the list.</translation>
    </message>
    <message>
        <source>居民名单文件</source>
        <translation>Resident list file</translation>
    </message>
</context>
<context>
    <name>Gui::ImportWizard</name>
    <message>
        <source>导入居民名单</source>
        <translation>Import a resident list</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>CSV（UTF-8 或 GB18030，自动识别）或 Excel .xlsx（第一个工作表，第一行为表头）</source>
        <translation>CSV (UTF-8 or GB18030, detected automatically) or Excel .xlsx (first sheet, first row is the header)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>选择居民名单</source>
        <translation>Choose resident list</translation>
    </message>
    <message>
        <source>居民名单 (*.csv *.txt *.xlsx)</source>
        <translation>Resident lists (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>列对照</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>每一列对应居民信息的哪一项；已按表头自动识别，可修改。下方预览前 %1 行。</source>
        <translation>Which resident field each column holds; recognized from the header automatically, and you can change it. The first %1 rows are previewed below.</translation>
    </message>
    <message>
        <source>（按文件中的“村”列）</source>
        <translation>(from the file's “村” column)</translation>
    </message>
    <message>
        <source>没有“村”列或为空时归入：</source>
        <translation>When there is no “村” column or it is empty, assign to:</translation>
    </message>
    <message>
        <source>试运行</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>检查每一行，不写入数据库。有错误的行不会导入；可以先改正文件再回来。</source>
        <translation>Check every row without writing to the database. Rows with errors are not imported; you can fix the file first and come back.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>保存报告…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1：%2 列，%3 行数据（%4）</source>
        <translation>%1: %2 columns, %3 data rows (%4)</translation>
    </message>
    <message>
        <source>第 %1 列“%2”</source>
        <translation>Column %1 “%2”</translation>
    </message>
    <message>
        <source>请指定哪一列是姓名</source>
        <translation>Specify which column holds the name</translation>
    </message>
    <message>
        <source>保存导入报告</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>-导入报告.txt</source>
        <translation>-import-report.txt</translation>
    </message>
    <message>
        <source>文本 (*.txt);;JSON (*.json)</source>
        <translation>Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>报告已保存：%1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>正确的行按批写入（每批两万行，一个事务）；取消时已完成的批次保留，进行中的这一批撤销。</source>
        <translation>Good rows are written in batches (20,000 rows, one transaction each); on cancel, finished batches stay and the batch in progress is undone.</translation>
    </message>
    <message>
        <source>停止检查</source>
        <translation>Stop checking</translation>
    </message>
    <message>
        <source>检查已停止：已检查 %1 行，共 %2 行。要导入，请点“上一步”再点“下一步”重新检查。</source>
        <translation>Check stopped: %1 of %2 rows checked. To import, press Back and then Next to check again.</translation>
    </message>
</context>
<context>
    <name>Gui::IndicatorResidentsDialog</name>
    <message>
        <source>没有居民。</source>
        <translation>No residents.</translation>
    </message>
    <message>
        <source>共 %1 人。↑↓ 选择，Enter 打开居民档案，Esc 关闭。</source>
        <translation>%1 residents. ↑↓ to choose, Enter opens the record, Esc closes.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Gui::IndicatorTrendChart</name>
    <message>
        <source>月度趋势</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>年初至月末</source>
        <translation>Year to month end</translation>
    </message>
    <message>
        <source>目标 %1%</source>
        <translation>Target %1%</translation>
    </message>
    <message>
        <source>1月</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>Gui::IndicatorsDialog</name>
    <message>
        <source>慢病管理指标</source>
        <translation>Chronic-disease indicators</translation>
    </message>
    <message>
        <source>全部村（居委会）</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>全部医生</source>
        <translation>All doctors</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>比率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>定义</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>分子名单(&amp;N)</source>
        <translation>&amp;Numerator list</translation>
    </message>
    <message>
        <source>分母名单(&amp;D)</source>
        <translation>&amp;Denominator list</translation>
    </message>
    <message>
        <source>规则集：%1</source>
        <translation>Rule set: %1</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>共 %1 人</source>
        <translation>%1 people</translation>
    </message>
</context>
<context>
    <name>Gui::LifeEventDialog</name>
    <message>
        <source>死亡日期(&amp;D)</source>
        <translation>&amp;Date of death</translation>
    </message>
    <message>
        <source>迁出日期(&amp;D)</source>
        <translation>&amp;Date moved away</translation>
    </message>
    <message>
        <source>注销日期(&amp;D)</source>
        <translation>&amp;Date closed</translation>
    </message>
    <message>
        <source>迁入日期(&amp;D)</source>
        <translation>&amp;Date transferred in</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>死亡原因(&amp;R)</source>
        <translation>Cause of death (&amp;R)</translation>
    </message>
    <message>
        <source>迁往何处(&amp;R)</source>
        <translation>Moved to (&amp;R)</translation>
    </message>
    <message>
        <source>注销原因(&amp;R)</source>
        <translation>&amp;Reason for closing</translation>
    </message>
    <message>
        <source>从何处迁入(&amp;R)</source>
        <translation>Transferred in f&amp;rom</translation>
    </message>
    <message>
        <source>恢复原因(&amp;R)</source>
        <translation>&amp;Reason for reopening</translation>
    </message>
    <message>
        <source>如：脑卒中、恶性肿瘤、意外（据死亡医学证明）</source>
        <translation>e.g. stroke, cancer, accident (as on the death certificate)</translation>
    </message>
    <message>
        <source>迁往的省市县、乡镇或接收机构</source>
        <translation>Province, city, county, township or receiving clinic</translation>
    </message>
    <message>
        <source>如：重复建档、身份信息错误、本人要求</source>
        <translation>e.g. duplicate record, wrong identity, the resident's request</translation>
    </message>
    <message>
        <source>原管理机构，如：某县某镇卫生院</source>
        <translation>Previous clinic, e.g. a township health centre</translation>
    </message>
    <message>
        <source>如：误登记死亡、已迁回本辖区</source>
        <translation>e.g. death recorded in error, moved back</translation>
    </message>
    <message numerus="yes">
        <source>终止 %n 份签约</source>
        <translation><numerusform>end %n contract</numerusform><numerusform>end %n contracts</numerusform></translation>
    </message>
    <message>
        <source>关闭 %1</source>
        <translation>close %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>档案状态</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>迁入登记</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>撤销（恢复档案）</source>
        <translation>Undo (reopen record)</translation>
    </message>
    <message>
        <source>事项(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>登记 (Ctrl+S)</source>
        <translation>Record (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>该居民的档案在管，无需恢复。</source>
        <translation>The resident's record is active; nothing to reopen.</translation>
    </message>
    <message>
        <source>恢复在管（当前：%1）。此前终止的签约和管理登记仍为终止，需要时重新签约、登记。</source>
        <translation>Active again (now: %1). Contracts and registrations ended before stay ended: sign or register again if needed.</translation>
    </message>
    <message>
        <source>迁回本辖区：档案恢复在管。迁出时终止的签约和管理登记仍为终止，需要时重新签约、登记。</source>
        <translation>Back in the area: the record is active again. Contracts and registrations ended on moving stay ended: sign or register again if needed.</translation>
    </message>
    <message>
        <source>登记从其他机构迁入，档案保持在管。</source>
        <translation>Records the transfer in from another clinic; the record stays active.</translation>
    </message>
    <message>
        <source>该居民没有在期的签约和慢病管理登记。</source>
        <translation>The resident has no current contract or chronic registration.</translation>
    </message>
    <message>
        <source>将%1。</source>
        <translation>This will %1.</translation>
    </message>
    <message>
        <source>自 %1 起该居民不再出现在任何工作清单和统计分母中；已有记录全部保留。</source>
        <translation>From %1 the resident is on no work list and in no denominator; every record is kept.</translation>
    </message>
    <message>
        <source>恢复档案</source>
        <translation>Reopen record</translation>
    </message>
    <message>
        <source>为 %1 办理“%2”？</source>
        <translation>"%2" for %1?</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>此后该居民不在任何工作清单和统计中，记录全部保留；如登记有误，可由管理员撤销。</source>
        <translation>The resident is then on no work list and in no statistic; every record is kept. If this is wrong, an administrator can undo it.</translation>
    </message>
    <message>
        <source>此前终止的签约和管理登记不会恢复。</source>
        <translation>Contracts and registrations ended before are not restored.</translation>
    </message>
    <message>
        <source>请填写恢复原因</source>
        <translation>Enter why the record is reopened</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>确认登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
</context>
<context>
    <name>Gui::LoginDialog</name>
    <message>
        <source>家医 — 屏幕已锁定</source>
        <translation>Jiayi — Screen locked</translation>
    </message>
    <message>
        <source>家医 — 登录</source>
        <translation>Jiayi — Log in</translation>
    </message>
    <message>
        <source>屏幕已锁定，请输入密码解锁</source>
        <translation>The screen is locked; enter your password to unlock</translation>
    </message>
    <message>
        <source>家庭医生工作站</source>
        <translation>Family Doctor Workstation</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>切换用户(&amp;W)</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>使用恢复密钥(&amp;K)…</source>
        <translation>Use recovery &amp;key…</translation>
    </message>
    <message>
        <source>家医 — 登录（加密数据库）</source>
        <translation>Jiayi — Log in (encrypted database)</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>输入建库时打印的恢复密钥（40 个字符，可含减号）：</source>
        <translation>Enter the recovery key printed when the database was created (40 characters, hyphens allowed):</translation>
    </message>
    <message>
        <source>数据库已用恢复密钥解锁，请登录。忘记密码时，可用 jiayi-cli user passwd 加 --unlock-recovery-key-file 重置。</source>
        <translation>The database is unlocked with the recovery key; please log in. If you forgot your password, reset it with jiayi-cli user passwd and --unlock-recovery-key-file.</translation>
    </message>
</context>
<context>
    <name>Gui::LotsDialog</name>
    <message>
        <source>疫苗库存（批号）</source>
        <translation>Vaccine stock (lots)</translation>
    </message>
    <message>
        <source>入库 (Enter)</source>
        <translation>Receive stock (Enter)</translation>
    </message>
    <message>
        <source>疫苗(&amp;V)</source>
        <translation>&amp;Vaccine</translation>
    </message>
    <message>
        <source>批号(&amp;L)</source>
        <translation>&amp;Lot number</translation>
    </message>
    <message>
        <source>生产企业(&amp;M)</source>
        <translation>&amp;Manufacturer</translation>
    </message>
    <message>
        <source>有效期至(&amp;E)</source>
        <translation>&amp;Expiry date</translation>
    </message>
    <message>
        <source> 剂</source>
        <translation> doses</translation>
    </message>
    <message>
        <source>入库数量(&amp;Q)</source>
        <translation>&amp;Quantity received</translation>
    </message>
    <message>
        <source>有 %1 个批号将在 %2 天内到期（已标黄），请优先使用</source>
        <translation>%1 lots expire within %2 days (highlighted in yellow); use them first</translation>
    </message>
    <message>
        <source>共 %1 个可用批号</source>
        <translation>%1 lots available</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>家医 — 家庭医生工作站</source>
        <translation>Jiayi — Family Doctor Workstation</translation>
    </message>
    <message>
        <source>居民档案</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>家庭医生签约</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>慢病随访</source>
        <translation>Chronic care</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>Immunization</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>今日工作</source>
        <translation>Today's work</translation>
    </message>
</context>
<context>
    <name>Gui::MaternalActions</name>
    <message>
        <source>孕产妇建册</source>
        <translation>Book a pregnancy</translation>
    </message>
    <message>
        <source>产前随访</source>
        <translation>Prenatal visit</translation>
    </message>
    <message>
        <source>分娩登记</source>
        <translation>Delivery registration</translation>
    </message>
    <message>
        <source>产后访视</source>
        <translation>Postpartum visit</translation>
    </message>
    <message>
        <source>产后42天健康检查</source>
        <translation>42-day postpartum check</translation>
    </message>
    <message>
        <source>打印孕产妇健康管理记录</source>
        <translation>Print the maternal health record</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>登记怀孕（待建册）</source>
        <translation>Record pregnancy (to book)</translation>
    </message>
    <message>
        <source>登记怀孕</source>
        <translation>Record pregnancy</translation>
    </message>
    <message>
        <source>登记该居民自 %1 起怀孕？她将列入工作清单的“孕产妇建册”，直到建册（孕13周前）。</source>
        <translation>Record this resident as pregnant from %1? She goes on the work list's "Pregnancy booking" until she is booked (before 13 weeks).</translation>
    </message>
    <message>
        <source>发现怀孕，待建册</source>
        <translation>Found pregnant, to book</translation>
    </message>
</context>
<context>
    <name>Gui::MaternalVisitDialog</name>
    <message>
        <source>产前随访</source>
        <translation>Prenatal visit</translation>
    </message>
    <message>
        <source>产后访视</source>
        <translation>Postpartum visit</translation>
    </message>
    <message>
        <source>产后42天健康检查</source>
        <translation>42-day postpartum check</translation>
    </message>
    <message>
        <source>该居民没有未结案的孕产期记录，请先建册</source>
        <translation>This resident has no open pregnancy record; book one first</translation>
    </message>
    <message>
        <source>只记录督促日期（本机构无助产资质）</source>
        <translation>Record only the urging date (no midwifery licence here)</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>未恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>转诊</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>未见异常</source>
        <translation>No abnormality</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>主诉</source>
        <translation>Chief complaint</translation>
    </message>
    <message>
        <source>一般健康、心理状况；乳房、恶露、子宫、伤口</source>
        <translation>General health and mood; breasts, lochia, uterus, wound</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>收缩压</source>
        <translation>Systolic</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>Diastolic</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>次/分</source>
        <translation>bpm</translation>
    </message>
    <message>
        <source>指导</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>转诊原因、机构及科室，无则不填</source>
        <translation>Reason, institution and department of referral; leave empty if none</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>随访日期(&amp;D)</source>
        <translation>Follow-up &amp;date</translation>
    </message>
    <message>
        <source>孕周</source>
        <translation>Gestation</translation>
    </message>
    <message>
        <source>第几次(&amp;N)</source>
        <translation>Visit &amp;number</translation>
    </message>
    <message>
        <source>主诉(&amp;C)</source>
        <translation>&amp;Complaint</translation>
    </message>
    <message>
        <source>情况(&amp;C)</source>
        <translation>&amp;Condition</translation>
    </message>
    <message>
        <source>血压(&amp;B)</source>
        <translation>&amp;Blood pressure</translation>
    </message>
    <message>
        <source>体重(&amp;W)</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>宫底高度(&amp;F)</source>
        <translation>&amp;Fundal height</translation>
    </message>
    <message>
        <source>胎心率(&amp;H)</source>
        <translation>Fetal &amp;heart rate</translation>
    </message>
    <message>
        <source>血红蛋白(&amp;E)</source>
        <translation>Ha&amp;emoglobin</translation>
    </message>
    <message>
        <source>分类(&amp;L)</source>
        <translation>C&amp;lassification</translation>
    </message>
    <message>
        <source>处理(&amp;P)</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>指导(&amp;G)</source>
        <translation>&amp;Guidance</translation>
    </message>
    <message>
        <source>转诊(&amp;R)</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <source>下次随访(&amp;X)</source>
        <translation>Ne&amp;xt visit</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Gui::MentalFollowupDialog</name>
    <message>
        <source>严重精神障碍患者管理</source>
        <translation>Severe mental disorder care</translation>
    </message>
    <message>
        <source>严重精神障碍患者随访</source>
        <translation>Severe mental disorder follow-up</translation>
    </message>
    <message>
        <source>随访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>随访日期(&amp;T)</source>
        <translation>Visit da&amp;te</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>家庭访视</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>随访形式</source>
        <translation>Visit form</translation>
    </message>
    <message>
        <source>患者本人</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>家属/监护人</source>
        <translation>Family / guardian</translation>
    </message>
    <message>
        <source>其他知情人</source>
        <translation>Other informant</translation>
    </message>
    <message>
        <source>随访对象</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>已访到</source>
        <translation>Patient reached</translation>
    </message>
    <message>
        <source>外出务工</source>
        <translation>Working away</translation>
    </message>
    <message>
        <source>迁居他处</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>走失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>连续3次未访到</source>
        <translation>Not reached 3 times</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>若失访，原因</source>
        <translation>If lost, reason</translation>
    </message>
    <message>
        <source>病情</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source> 级</source>
        <translation> grade</translation>
    </message>
    <message>
        <source>危险性评估(&amp;R)</source>
        <translation>&amp;Risk grade</translation>
    </message>
    <message>
        <source>目前症状（空格勾选）</source>
        <translation>Symptoms (Space ticks)</translation>
    </message>
    <message>
        <source>精神症状明显</source>
        <translation>Marked psychotic symptoms</translation>
    </message>
    <message>
        <source>完全</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>不全</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>自知力(&amp;I)</source>
        <translation>&amp;Insight</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>较差</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>睡眠情况</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <source>饮食情况</source>
        <translation>Diet</translation>
    </message>
    <message>
        <source>社会功能</source>
        <translation>Social functions</translation>
    </message>
    <message>
        <source>个人生活料理</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <source>家务劳动</source>
        <translation>Housework</translation>
    </message>
    <message>
        <source>生产劳动及工作</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>学习能力</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>社会人际交往</source>
        <translation>Social contact</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>治疗</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>严重药物不良反应</source>
        <translation>Serious adverse drug reaction</translation>
    </message>
    <message>
        <source>严重躯体疾病</source>
        <translation>Serious physical illness</translation>
    </message>
    <message>
        <source>按医嘱规律用药</source>
        <translation>Regular as prescribed</translation>
    </message>
    <message>
        <source>间断用药</source>
        <translation>Intermittent</translation>
    </message>
    <message>
        <source>不用药</source>
        <translation>Not taking</translation>
    </message>
    <message>
        <source>医嘱勿需用药</source>
        <translation>No medication prescribed</translation>
    </message>
    <message>
        <source>用药依从性</source>
        <translation>Adherence</translation>
    </message>
    <message>
        <source>无关锁</source>
        <translation>Never locked up</translation>
    </message>
    <message>
        <source>关锁</source>
        <translation>Locked up</translation>
    </message>
    <message>
        <source>关锁已解除</source>
        <translation>Lock-up ended</translation>
    </message>
    <message>
        <source>关锁情况</source>
        <translation>Lock-up</translation>
    </message>
    <message>
        <source>未住院</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <source>目前正在住院</source>
        <translation>In hospital now</translation>
    </message>
    <message>
        <source>曾住院现未住院</source>
        <translation>Was in hospital</translation>
    </message>
    <message>
        <source>住院情况</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <source>药名 早/中/晚 mg；长效药 每__周 __mg</source>
        <translation>Drug morning/noon/evening mg; depot every __ weeks __ mg</translation>
    </message>
    <message>
        <source>用药情况</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>康复措施</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <source>本次随访分类</source>
        <translation>Class at this visit</translation>
    </message>
    <message>
        <source>下次随访日期(&amp;N)</source>
        <translation>&amp;Next visit</translation>
    </message>
    <message>
        <source>转诊（保存后填写转诊单）</source>
        <translation>Refer (fill in the referral after saving)</translation>
    </message>
    <message>
        <source>未访到：不分类</source>
        <translation>Not reached: no class</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;建议 %n 天后随访</source>
        <translation><numerusform>&lt;br&gt;Next visit in %n day</numerusform><numerusform>&lt;br&gt;Next visit in %n days</numerusform></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;立即转诊到上级医院&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Refer to a higher-level hospital at once&lt;/b&gt;</translation>
    </message>
    <message>
        <source>严重精神障碍随访：%1</source>
        <translation>Severe mental disorder follow-up: %1</translation>
    </message>
</context>
<context>
    <name>Gui::MentalRegistrationDialog</name>
    <message>
        <source>严重精神障碍患者登记</source>
        <translation>Severe mental disorder registration</translation>
    </message>
    <message>
        <source>诊断(&amp;D)</source>
        <translation>&amp;Diagnosis</translation>
    </message>
    <message>
        <source>确诊日期</source>
        <translation>Diagnosis date</translation>
    </message>
    <message>
        <source>确诊医院(&amp;H)</source>
        <translation>Diagnosing &amp;hospital</translation>
    </message>
    <message>
        <source>年-月</source>
        <translation>year-month</translation>
    </message>
    <message>
        <source>初次发病时间</source>
        <translation>First onset</translation>
    </message>
    <message>
        <source>监护人姓名(&amp;G)</source>
        <translation>&amp;Guardian</translation>
    </message>
    <message>
        <source>与患者关系</source>
        <translation>Relation to the patient</translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation>Guardian's phone</translation>
    </message>
    <message>
        <source>无关锁</source>
        <translation>Never locked up</translation>
    </message>
    <message>
        <source>关锁</source>
        <translation>Locked up</translation>
    </message>
    <message>
        <source>关锁已解除</source>
        <translation>Lock-up ended</translation>
    </message>
    <message>
        <source>关锁情况</source>
        <translation>Lock-up</translation>
    </message>
    <message>
        <source>既往治疗情况</source>
        <translation>Past treatment</translation>
    </message>
    <message>
        <source>此记录仅有严重精神障碍记录权限的人员可见，每次查看均留痕。</source>
        <translation>Only staff with the mental-health permission can see this record; every view is audited.</translation>
    </message>
</context>
<context>
    <name>Gui::PackageAdminWidget</name>
    <message>
        <source>基础包</source>
        <translation>Basic package</translation>
    </message>
    <message>
        <source>个性化包</source>
        <translation>Personalized package</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>医保支付（年）</source>
        <translation>Medical insurance (per year)</translation>
    </message>
    <message>
        <source>公卫经费（年）</source>
        <translation>Public health funds (per year)</translation>
    </message>
    <message>
        <source>个人自付（年）</source>
        <translation>Out of pocket (per year)</translation>
    </message>
    <message>
        <source>服务费合计</source>
        <translation>Total service fee</translation>
    </message>
    <message>
        <source>适用人群</source>
        <translation>Applicable population</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>新建服务包</source>
        <translation>New service package</translation>
    </message>
    <message>
        <source>%1 元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1（第%2版）</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>已保存为第 %1 版；已签的协议保留原版本</source>
        <translation>Saved as version %1; signed contracts keep their original version</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>勾选可签此包的重点人群；都不勾选 = 所有居民</source>
        <translation>Check the priority groups eligible for this package; none checked = all residents</translation>
    </message>
    <message>
        <source>添加服务项目(&amp;A)</source>
        <translation>&amp;Add service item</translation>
    </message>
    <message>
        <source>删除服务项目</source>
        <translation>Delete service item</translation>
    </message>
</context>
<context>
    <name>Gui::PlaceholderPage</name>
    <message>
        <source>此功能尚未完成，本版本中不能使用。计划提供：</source>
        <translation>This capability is not built yet and cannot be used in this version. Planned:</translation>
    </message>
</context>
<context>
    <name>Gui::PlatformPage</name>
    <message>
        <source>区域平台（可选）</source>
        <translation>Regional platform (optional)</translation>
    </message>
    <message>
        <source>与区域全民健康信息平台同步居民档案和服务记录。可以以后再填。</source>
        <translation>Synchronises residents and service records with the regional health information platform. Can be entered later.</translation>
    </message>
    <message>
        <source>连接区域平台(&amp;C)</source>
        <translation>&amp;Connect to the regional platform</translation>
    </message>
    <message>
        <source>平台发给本工作站的令牌</source>
        <translation>The token the platform issued to this workstation</translation>
    </message>
    <message>
        <source>可不填：平台使用自签名或县级 CA 签发的证书时需要</source>
        <translation>Optional: needed when the platform's certificate is self-signed or issued by the county's CA</translation>
    </message>
    <message>
        <source>浏览(&amp;O)…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>选择 CA 证书</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>平台地址(&amp;U)</source>
        <translation>Platform &amp;URL</translation>
    </message>
    <message>
        <source>令牌(&amp;K)</source>
        <translation>To&amp;ken</translation>
    </message>
    <message>
        <source>CA 证书(&amp;F)</source>
        <translation>CA certificate &amp;file</translation>
    </message>
    <message>
        <source>现在不填，以后由管理员在“设置 → 区域平台”中填写。令牌写入本机数据库，不会出现在日志中。</source>
        <translation>Left empty now, an administrator enters it later under Settings → Regional platform. The token is stored in this machine's database and never written to the log.</translation>
    </message>
    <message>
        <source>令牌</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>CA 证书</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation>Platform address</translation>
    </message>
</context>
<context>
    <name>Gui::PregnancyBookingDialog</name>
    <message>
        <source>孕产妇建册（第1次产前检查）</source>
        <translation>Book a pregnancy (1st prenatal examination)</translation>
    </message>
    <message>
        <source>月+9或-3，日+7</source>
        <translation>Month +9 or −3, day +7</translation>
    </message>
    <message>
        <source>末次月经+280天</source>
        <translation>LMP + 280 days</translation>
    </message>
    <message>
        <source>无B超校正</source>
        <translation>No ultrasound correction</translation>
    </message>
    <message>
        <source>丈夫姓名、年龄、电话</source>
        <translation>Husband's name, age, phone</translation>
    </message>
    <message>
        <source>既往史、家族史、妇科手术史</source>
        <translation>Medical, family and gynaecological surgery history</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>收缩压</source>
        <translation>Systolic</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>Diastolic</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>早产史</source>
        <translation>Preterm birth</translation>
    </message>
    <message>
        <source>围产儿死亡史</source>
        <translation>Perinatal death</translation>
    </message>
    <message>
        <source>出生缺陷史</source>
        <translation>Birth defect</translation>
    </message>
    <message>
        <source>异位妊娠史</source>
        <translation>Ectopic pregnancy</translation>
    </message>
    <message>
        <source>乙肝表面抗原阳性</source>
        <translation>HBsAg positive</translation>
    </message>
    <message>
        <source>梅毒阳性</source>
        <translation>Syphilis positive</translation>
    </message>
    <message>
        <source>HIV抗体阳性</source>
        <translation>HIV antibody positive</translation>
    </message>
    <message>
        <source>本机构有助产资质（第2～5次由本机构检查）</source>
        <translation>This clinic has a midwifery licence (visits 2-5 examined here)</translation>
    </message>
    <message>
        <source>保健指导、转诊</source>
        <translation>Health guidance, referral</translation>
    </message>
    <message>
        <source>请医生确认</source>
        <translation>Doctor to confirm</translation>
    </message>
    <message>
        <source>紫色（传染性疾病）</source>
        <translation>Purple (infectious disease)</translation>
    </message>
    <message>
        <source>建册日期(&amp;D)</source>
        <translation>Booking &amp;date</translation>
    </message>
    <message>
        <source>末次月经(&amp;M)</source>
        <translation>Last &amp;menstrual period</translation>
    </message>
    <message>
        <source>预产期推算</source>
        <translation>EDD rule</translation>
    </message>
    <message>
        <source>B超预产期(&amp;U)</source>
        <translation>&amp;Ultrasound EDD</translation>
    </message>
    <message>
        <source>推算结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>孕次(&amp;G)</source>
        <translation>&amp;Gravidity</translation>
    </message>
    <message>
        <source>产次(&amp;P)</source>
        <translation>&amp;Parity</translation>
    </message>
    <message>
        <source>自然流产次数</source>
        <translation>Miscarriages</translation>
    </message>
    <message>
        <source>剖宫产次数</source>
        <translation>Caesarean sections</translation>
    </message>
    <message>
        <source>丈夫</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>病史(&amp;H)</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>身高(&amp;T)</source>
        <translation>Heigh&amp;t</translation>
    </message>
    <message>
        <source>体重(&amp;W)</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>血压(&amp;B)</source>
        <translation>&amp;Blood pressure</translation>
    </message>
    <message>
        <source>血红蛋白(&amp;E)</source>
        <translation>Ha&amp;emoglobin</translation>
    </message>
    <message>
        <source>孕产史</source>
        <translation>Obstetric history</translation>
    </message>
    <message>
        <source>检验</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>指导/转诊</source>
        <translation>Guidance/referral</translation>
    </message>
    <message>
        <source>风险筛查</source>
        <translation>Risk screen</translation>
    </message>
    <message>
        <source>风险分级(&amp;R)</source>
        <translation>&amp;Risk grade</translation>
    </message>
    <message>
        <source>建册 (Ctrl+S)</source>
        <translation>Book (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>您的角色无权为孕产妇建册</source>
        <translation>Your role may not book pregnancies</translation>
    </message>
    <message>
        <source>末次月经晚于建册日期</source>
        <translation>The last menstrual period is after the booking date</translation>
    </message>
    <message>
        <source>预产期 %1（%2），孕 %3，%4%5</source>
        <translation>EDD %1 (%2), %3 pregnant, %4%5</translation>
    </message>
    <message>
        <source>B超校正</source>
        <translation>ultrasound-corrected</translation>
    </message>
    <message>
        <source>，早孕建册</source>
        <translation>, early booking</translation>
    </message>
    <message>
        <source>，已满13周</source>
        <translation>, 13 weeks or more</translation>
    </message>
    <message>
        <source>建议：%1%2%3</source>
        <translation>Proposed: %1%2%3</translation>
    </message>
    <message>
        <source> + 紫色</source>
        <translation> + purple</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>请医生确认风险分级（建议：%1）</source>
        <translation>Doctor, please confirm the risk grade (proposed: %1)</translation>
    </message>
</context>
<context>
    <name>Gui::PregnancyPrinter</name>
    <message>
        <source>未见异常</source>
        <translation>No abnormality</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>未恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>该居民没有孕产期记录</source>
        <translation>This resident has no pregnancy record</translation>
    </message>
    <message>
        <source>B超校正</source>
        <translation>ultrasound-corrected</translation>
    </message>
    <message>
        <source>末次月经+280天</source>
        <translation>LMP + 280 days</translation>
    </message>
    <message>
        <source>月+9或-3，日+7</source>
        <translation>Month +9 or −3, day +7</translation>
    </message>
    <message>
        <source>%1（待医生确认）</source>
        <translation>%1 (awaiting the doctor's confirmation)</translation>
    </message>
    <message>
        <source> + 紫色</source>
        <translation> + purple</translation>
    </message>
    <message>
        <source>第1次产前检查服务记录表</source>
        <translation>First prenatal examination record</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>填表日期</source>
        <translation>Date filled in</translation>
    </message>
    <message>
        <source>孕周</source>
        <translation>Gestation</translation>
    </message>
    <message>
        <source>孕妇年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>丈夫</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>孕次</source>
        <translation>Gravidity</translation>
    </message>
    <message>
        <source>产次</source>
        <translation>Parity</translation>
    </message>
    <message>
        <source>末次月经</source>
        <translation>Last menstrual period</translation>
    </message>
    <message>
        <source>预产期</source>
        <translation>Expected date of delivery</translation>
    </message>
    <message>
        <source>身高(cm)</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <source>体重(kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>血压(mmHg)</source>
        <translation>Blood pressure (mmHg)</translation>
    </message>
    <message>
        <source>血红蛋白(g/L)</source>
        <translation>Haemoglobin (g/L)</translation>
    </message>
    <message>
        <source>既往史等</source>
        <translation>History</translation>
    </message>
    <message>
        <source>保健指导/转诊</source>
        <translation>Guidance/referral</translation>
    </message>
    <message>
        <source>妊娠风险</source>
        <translation>Pregnancy risk</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>产前随访、分娩与产后</source>
        <translation>Prenatal visits, birth and postpartum</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>分类/处理</source>
        <translation>Classification/outcome</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>第%1次产前随访</source>
        <translation>Prenatal visit %1</translation>
    </message>
    <message>
        <source>产后访视</source>
        <translation>Postpartum visit</translation>
    </message>
    <message>
        <source>产后42天健康检查</source>
        <translation>42-day postpartum check</translation>
    </message>
    <message>
        <source>督促日期</source>
        <translation>Urging date</translation>
    </message>
    <message>
        <source>，结案</source>
        <translation>, closed</translation>
    </message>
    <message>
        <source>，转诊</source>
        <translation>, referred</translation>
    </message>
    <message>
        <source>分娩</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>孕产妇健康管理记录</source>
        <translation>Maternal health record</translation>
    </message>
</context>
<context>
    <name>Gui::RecordDoseDialog</name>
    <message>
        <source>— 逾期</source>
        <translation> — overdue</translation>
    </message>
    <message>
        <source>不符合程序时必填：确需接种的原因（将记入审计日志）</source>
        <translation>Required when off schedule: why the dose is needed (recorded in the audit log)</translation>
    </message>
    <message>
        <source>疫苗/剂次(&amp;V)</source>
        <translation>&amp;Vaccine/dose</translation>
    </message>
    <message>
        <source>批号（库存）(&amp;L)</source>
        <translation>&amp;Lot (stock)</translation>
    </message>
    <message>
        <source>批号(&amp;L)</source>
        <translation>&amp;Lot number</translation>
    </message>
    <message>
        <source>接种单位(&amp;C)</source>
        <translation>Vaccinating &amp;clinic</translation>
    </message>
    <message>
        <source>接种日期(&amp;D)</source>
        <translation>Vaccination &amp;date</translation>
    </message>
    <message>
        <source>超程序原因(&amp;R)</source>
        <translation>Off-schedule &amp;reason</translation>
    </message>
    <message>
        <source>记录 (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>库存中没有该疫苗的有效批号，请先入库</source>
        <translation>No valid lot of this vaccine in stock; receive stock first</translation>
    </message>
    <message>
        <source>不符合免疫程序：%1。如确需接种，请填写原因。</source>
        <translation>Does not fit the immunization schedule: %1. If the dose is really needed, give the reason.</translation>
    </message>
    <message>
        <source>记录接种</source>
        <translation>Record vaccination</translation>
    </message>
    <message>
        <source>补录外单位/历史接种</source>
        <translation>Record dose from another clinic / past dose</translation>
    </message>
    <message>
        <source>%1 第%2剂%3</source>
        <translation>%1 dose %2%3</translation>
    </message>
    <message>
        <source>部位(&amp;S)</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>途径(&amp;T)</source>
        <translation>Rou&amp;te</translation>
    </message>
    <message>
        <source>接种者(&amp;P)</source>
        <translation>&amp;Performed by</translation>
    </message>
    <message>
        <source>%1  %2  有效期至%3  库存%4剂%5</source>
        <translation>%1  %2  expires %3  stock %4 doses%5</translation>
    </message>
    <message>
        <source>（近效期）</source>
        <translation> (near expiry)</translation>
    </message>
    <message>
        <source>注意：该批号将于%1到期，请核对</source>
        <translation>Note: this lot expires on %1; please check</translation>
    </message>
</context>
<context>
    <name>Gui::RecordPrinter</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>居民健康档案</source>
        <translation>Resident Health Record</translation>
    </message>
    <message>
        <source>姓　　名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>现 住 址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>户籍地址</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>（非户籍）</source>
        <translation>(non-registered)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>乡镇（街道）名称</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <source>村（居）委会名称</source>
        <translation>Village (residents') committee</translation>
    </message>
    <message>
        <source>建档单位</source>
        <translation>Recording institution</translation>
    </message>
    <message>
        <source>卫生院</source>
        <translation> Health Center</translation>
    </message>
    <message>
        <source>建 档 人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>Responsible doctor</translation>
    </message>
    <message>
        <source>建档日期</source>
        <translation>Record date</translation>
    </message>
    <message>
        <source>个人基本信息表</source>
        <translation>Personal Basic Information Form</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>本人电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>联系人姓名</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>常住类型</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>户籍</source>
        <translation>Registered resident</translation>
    </message>
    <message>
        <source>非户籍</source>
        <translation>Non-registered resident</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>现住址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled)</translation>
    </message>
    <message>
        <source>表单版本</source>
        <translation>Form version</translation>
    </message>
</context>
<context>
    <name>Gui::ReferralDialog</name>
    <message>
        <source>双向转诊（转出）</source>
        <translation>Two-way referral (up)</translation>
    </message>
    <message>
        <source>如：县人民医院</source>
        <translation>e.g. County People's Hospital</translation>
    </message>
    <message>
        <source>接收机构(&amp;I)</source>
        <translation>Receiving &amp;institution</translation>
    </message>
    <message>
        <source>科室(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>接诊医生</source>
        <translation>Receiving doctor</translation>
    </message>
    <message>
        <source>初步印象(&amp;M)</source>
        <translation>Initial i&amp;mpression</translation>
    </message>
    <message>
        <source>主要现病史（转出原因）(&amp;R)</source>
        <translation>Present history (&amp;reason for referral)</translation>
    </message>
    <message>
        <source>主要既往史</source>
        <translation>Past history</translation>
    </message>
    <message>
        <source>治疗经过</source>
        <translation>Treatment so far</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>转出日期</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>保存转诊单</source>
        <translation>Save referral</translation>
    </message>
    <message>
        <source>双向转诊</source>
        <translation>Two-way referral</translation>
    </message>
</context>
<context>
    <name>Gui::ReferralListDialog</name>
    <message>
        <source>双向转诊</source>
        <translation>Two-way referral</translation>
    </message>
    <message>
        <source>打印居民健康档案摘要</source>
        <translation>Print the resident's record summary</translation>
    </message>
    <message>
        <source>转出日期</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>接收机构</source>
        <translation>Receiving institution</translation>
    </message>
    <message>
        <source>转出原因</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>应随访结果日期</source>
        <translation>Outcome due</translation>
    </message>
    <message>
        <source>新建转诊(&amp;N)</source>
        <translation>&amp;New referral</translation>
    </message>
    <message>
        <source>更新状态(&amp;U)</source>
        <translation>&amp;Update status</translation>
    </message>
    <message>
        <source>打印转诊单(&amp;P)</source>
        <translation>&amp;Print referral slip</translation>
    </message>
    <message>
        <source>尚无转诊。按 Ctrl+N 新建转诊单。</source>
        <translation>No referrals yet. Press Ctrl+N for a new one.</translation>
    </message>
    <message numerus="yes">
        <source>%n 张转诊单已满两周，请随访转诊结果。</source>
        <translation><numerusform>%n referral is two weeks old: follow up its outcome.</numerusform><numerusform>%n referrals are two weeks old: follow up their outcomes.</numerusform></translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>双向转诊单</source>
        <translation>Two-way referral slip</translation>
    </message>
</context>
<context>
    <name>Gui::ReferralPrinter</name>
    <message>
        <source>双向转诊（转出）存根</source>
        <translation>Two-way referral (up): stub</translation>
    </message>
    <message>
        <source>患者姓名 %1　性别 %2　年龄 %3　档案编号 %4</source>
        <translation>Patient %1  sex %2  age %3  record no. %4</translation>
    </message>
    <message>
        <source>于 %1 因病情需要，转入 %2 单位 %3 科室 %4 接诊医生。</source>
        <translation>On %1, as the condition required, referred to %2, department %3, receiving doctor %4.</translation>
    </message>
    <message>
        <source>转诊医生（签字）：　　　　　　　%1</source>
        <translation>Referring doctor (signature):              %1</translation>
    </message>
    <message>
        <source>（沿此线剪开）</source>
        <translation>(cut along this line)</translation>
    </message>
    <message>
        <source>双向转诊（转出）单</source>
        <translation>Two-way referral (up)</translation>
    </message>
    <message>
        <source>　　现有患者 %1 性别 %2 年龄 %3 因病情需要，需转入贵单位，请予以接诊。</source>
        <translation>    Patient %1, sex %2, age %3, needs to be referred to your institution; please receive the patient.</translation>
    </message>
    <message>
        <source>初步印象</source>
        <translation>Initial impression</translation>
    </message>
    <message>
        <source>主要现病史（转出原因）</source>
        <translation>Present history (reason for referral)</translation>
    </message>
    <message>
        <source>主要既往史</source>
        <translation>Past history</translation>
    </message>
    <message>
        <source>治疗经过</source>
        <translation>Treatment so far</translation>
    </message>
    <message>
        <source>转诊医生（签字）：　　　　　　　联系电话：%1</source>
        <translation>Referring doctor (signature):              Phone: %1</translation>
    </message>
    <message>
        <source>%1（机构名称）</source>
        <translation>%1 (institution)</translation>
    </message>
    <message>
        <source>双向转诊（回转）单</source>
        <translation>Two-way referral (return)</translation>
    </message>
    <message>
        <source>　　现有患者 %1 因病情需要，现转回贵单位，请予以接诊。</source>
        <translation>    Patient %1 is referred back to your institution; please receive the patient.</translation>
    </message>
    <message>
        <source>诊断结果</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>住院病案号</source>
        <translation>Inpatient record number</translation>
    </message>
    <message>
        <source>主要检查结果</source>
        <translation>Main test results</translation>
    </message>
    <message>
        <source>治疗经过、下一步治疗方案及康复建议</source>
        <translation>Treatment, next steps and rehabilitation advice</translation>
    </message>
    <message>
        <source>双向转诊单</source>
        <translation>Two-way referral slip</translation>
    </message>
</context>
<context>
    <name>Gui::ReferralStatusDialog</name>
    <message>
        <source>转诊结果 — %1</source>
        <translation>Referral outcome — %1</translation>
    </message>
    <message>
        <source>%1 转至 %2，当前状态：%3</source>
        <translation>%1 to %2, status: %3</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>登记回转单</source>
        <translation>Record the return slip</translation>
    </message>
    <message>
        <source>已拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>结束（不再随访）</source>
        <translation>Close (no further follow-up)</translation>
    </message>
    <message>
        <source>结果(&amp;A)</source>
        <translation>Outcome (&amp;A)</translation>
    </message>
    <message>
        <source>原因或说明</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <source>回转单</source>
        <translation>Return slip</translation>
    </message>
    <message>
        <source>回转日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>诊断结果</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>住院病案号</source>
        <translation>Inpatient record number</translation>
    </message>
    <message>
        <source>主要检查结果</source>
        <translation>Main test results</translation>
    </message>
    <message>
        <source>治疗经过、下一步治疗方案及康复建议</source>
        <translation>Treatment, next steps and rehabilitation advice</translation>
    </message>
</context>
<context>
    <name>Gui::RegistrationDialog</name>
    <message>
        <source>慢病登记</source>
        <translation>Chronic-disease registration</translation>
    </message>
    <message>
        <source>姓名、拼音首字母、身份证号或档案编号</source>
        <translation>Name, pinyin initials, identity number or record number</translation>
    </message>
    <message>
        <source>居民(&amp;R)</source>
        <translation>&amp;Resident</translation>
    </message>
    <message>
        <source>疾病(&amp;P)</source>
        <translation>&amp;Disease</translation>
    </message>
    <message>
        <source>诊断（ICD-10）</source>
        <translation>Diagnosis (ICD-10)</translation>
    </message>
    <message>
        <source>确诊日期</source>
        <translation>Diagnosis date</translation>
    </message>
    <message>
        <source>如：县人民医院、本院</source>
        <translation>e.g. county people's hospital, this hospital</translation>
    </message>
    <message>
        <source>确诊机构</source>
        <translation>Diagnosing institution</translation>
    </message>
    <message>
        <source>低危</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>中危</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>高危</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>很高危</source>
        <translation>Very high risk</translation>
    </message>
    <message>
        <source>危险分层</source>
        <translation>Risk stratification</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>请先查找并选择居民</source>
        <translation>Find and select a resident first</translation>
    </message>
    <message>
        <source>责任医生(&amp;D)</source>
        <translation>Responsible &amp;doctor</translation>
    </message>
</context>
<context>
    <name>Gui::RenewContractDialog</name>
    <message>
        <source>续约</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>现签约：%1，%2 至 %3（%4，%5）
续约后自 %6 起，续签同样的服务包。</source>
        <translation>Current contract: %1, %2 to %3 (%4, %5)
Renewed from %6, with the same packages.</translation>
    </message>
    <message>
        <source>签约日期(&amp;D)</source>
        <translation>Signing &amp;date</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Gui::ReportSendDialog</name>
    <message>
        <source>上报月度指标需要统计报表和同步权限</source>
        <translation>Sending monthly figures needs the reports and sync permissions</translation>
    </message>
    <message>
        <source>上报月度指标需要全部村的权限（本账户只能看到部分村）</source>
        <translation>Sending monthly figures needs access to every village (this account sees only some)</translation>
    </message>
    <message>
        <source>上报月度指标</source>
        <translation>Send monthly figures</translation>
    </message>
    <message>
        <source>把本机构一个月的各项指标（分子、分母、率）上报区域平台，县里汇总各乡镇时不必再收集表格。同一月份再次上报会更新原数据，不会重复。</source>
        <translation>Sends this clinic's indicators of one month (numerator, denominator, rate) to the regional platform, so the county sums up the townships without collecting spreadsheets. Sending a month again updates its figures; nothing is duplicated.</translation>
    </message>
    <message>
        <source>%1（本月，尚未结束）</source>
        <translation>%1 (this month, not over yet)</translation>
    </message>
    <message>
        <source>月份(&amp;M)：</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>区域平台：</source>
        <translation>Regional platform:</translation>
    </message>
    <message>
        <source>上报(&amp;S)</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在上报……</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>已上报 %1 的 %2 项指标（新增 %3，更新 %4），上报机构：%5。</source>
        <translation>Sent %2 indicators of %1 (%3 new, %4 updated), reporting clinic: %5.</translation>
    </message>
    <message>
        <source>上报失败：%1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>尚未设置（在“设置 → 区域平台”中填写平台地址和令牌）</source>
        <translation>Not set (enter the platform address and token under Settings → Regional platform)</translation>
    </message>
    <message>
        <source>请先在“设置 → 区域平台”中填写区域平台地址和工作站令牌。</source>
        <translation>Enter the platform address and workstation token under Settings → Regional platform first.</translation>
    </message>
</context>
<context>
    <name>Gui::ReportTableWidget</name>
    <message>
        <source>季报</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>年报</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source>全部村（居委会）</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>我的村</source>
        <translation>My villages</translation>
    </message>
    <message>
        <source>不填则留空手签</source>
        <translation>Empty: sign by hand</translation>
    </message>
    <message>
        <source>生成报表 (Enter)</source>
        <translation>Make the table (Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>报表(&amp;T)</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>周期(&amp;Z)</source>
        <translation>Peri&amp;od</translation>
    </message>
    <message>
        <source>范围(&amp;A)</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>审核人(&amp;R)</source>
        <translation>&amp;Reviewer</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>第%1季度</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>已取消统计</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::ReportsPage</name>
    <message>
        <source>签约</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>官方报表</source>
        <translation>Official tables</translation>
    </message>
    <message>
        <source>仪表盘</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>上报月度指标…</source>
        <translation>Send monthly figures…</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentContractsWidget</name>
    <message>
        <source>查找居民：姓名、拼音首字母、身份证号、电话、档案号</source>
        <translation>Find a resident: name, pinyin initials, identity number, phone, record number</translation>
    </message>
    <message>
        <source>签约(&amp;S)</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>整户签约(&amp;H)</source>
        <translation>Sign whole &amp;household</translation>
    </message>
    <message>
        <source>续约(&amp;R)</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <source>解约(&amp;T)</source>
        <translation>&amp;Terminate</translation>
    </message>
    <message>
        <source>打印协议(&amp;P)</source>
        <translation>&amp;Print contract</translation>
    </message>
    <message>
        <source>协议存为PDF</source>
        <translation>Save contract as PDF</translation>
    </message>
    <message>
        <source>登记纸质签字…</source>
        <translation>Record paper signature…</translation>
    </message>
    <message>
        <source>服务任务（已完成与待完成）</source>
        <translation>Service tasks (done and pending)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2　档案号 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;　%2　Record %3</translation>
    </message>
    <message>
        <source>请先在左侧选择居民</source>
        <translation>Select a resident on the left first</translation>
    </message>
    <message>
        <source>已签约，协议号 %1</source>
        <translation>Signed, contract no. %1</translation>
    </message>
    <message numerus="yes">
        <source>已为 %n 位家庭成员签约</source>
        <translation><numerusform>Signed for %n family member</numerusform><numerusform>Signed for %n family members</numerusform></translation>
    </message>
    <message>
        <source>已续约：%1 至 %2</source>
        <translation>Renewed: %1 to %2</translation>
    </message>
    <message>
        <source>已解约</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>选择签字协议的扫描件（可不选）</source>
        <translation>Choose a scan of the signed contract (optional)</translation>
    </message>
    <message>
        <source>图片或 PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>已登记纸质协议签字</source>
        <translation>Paper contract signature recorded</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentDuePanel</name>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>下次</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>过敏</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>无待办</source>
        <translation>No pending tasks</translation>
    </message>
    <message>
        <source>糖尿病随访</source>
        <translation>Diabetes follow-up</translation>
    </message>
    <message>
        <source>高血压随访</source>
        <translation>Hypertension follow-up</translation>
    </message>
    <message>
        <source>%1逾期 %2 天（应于 %3）</source>
        <translation>%1 overdue by %2 days (due %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 第%2剂</source>
        <translation>%1 dose %2</translation>
    </message>
    <message>
        <source>接种 %1</source>
        <translation>Vaccination %1</translation>
    </message>
    <message>
        <source>接种 %1 %2</source>
        <translation>Vaccination %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>签约服务 %n 项逾期</source>
        <translation><numerusform>%n contracted service overdue</numerusform><numerusform>%n contracted services overdue</numerusform></translation>
    </message>
    <message>
        <source>签约服务“%1” %2</source>
        <translation>Contracted service “%1” %2</translation>
    </message>
    <message>
        <source>未填（个人基本信息表）</source>
        <translation>Not filled in (personal basic information form)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>未加入家庭</source>
        <translation>Not in a family</translation>
    </message>
    <message>
        <source>（户主）</source>
        <translation> (head of household)</translation>
    </message>
    <message>
        <source>·已签约</source>
        <translation>· Signed</translation>
    </message>
    <message numerus="yes">
        <source>%n 人，%1 人已签约：</source>
        <translation><numerusform>%n resident, %1 signed:</numerusform><numerusform>%n residents, %1 signed:</numerusform></translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>无（档案已关闭，不再安排随访、接种和签约服务）</source>
        <translation>None (record closed: no more follow-ups, vaccinations or contract services)</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentEditor</name>
    <message>
        <source>新建居民</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>居民基本信息</source>
        <translation>Resident details</translation>
    </message>
    <message>
        <source>18位，末位可为X；15位旧号自动升位</source>
        <translation>18 characters, the last may be X; 15-digit legacy numbers are upgraded</translation>
    </message>
    <message>
        <source>手机11位，或座机如 0731-84001234</source>
        <translation>11-digit mobile, or a landline such as 0731-84001234</translation>
    </message>
    <message>
        <source>保存时自动分配</source>
        <translation>Assigned when saved</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>身份证号(&amp;I)</source>
        <translation>&amp;Identity number</translation>
    </message>
    <message>
        <source>性别(&amp;S)</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>出生日期(&amp;B)</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>本人电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>村（居委会）(&amp;V)</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>现住址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>常住类型(&amp;T)</source>
        <translation>Residence &amp;type</translation>
    </message>
    <message>
        <source>民族(&amp;E)</source>
        <translation>&amp;Ethnicity</translation>
    </message>
    <message>
        <source>家庭(&amp;H)</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>与户主关系(&amp;R)</source>
        <translation>&amp;Relation to head</translation>
    </message>
    <message>
        <source>健康档案编号</source>
        <translation>Health-record number</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新建家庭（本人为户主）</source>
        <translation>New household (this resident is the head)</translation>
    </message>
    <message numerus="yes">
        <source>户主 %1 · %2 · %n人</source>
        <translation><numerusform>Head %1 · %2 · %n person</numerusform><numerusform>Head %1 · %2 · %n people</numerusform></translation>
    </message>
    <message>
        <source>。您填写的内容仍在屏幕上。</source>
        <translation>. What you entered is still on screen.</translation>
    </message>
    <message>
        <source>%1（%2，档案号 %3）：%4</source>
        <translation>%1 (%2, record %3): %4</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>可能与已有居民重复：
%1
请先查看该居民；确是另一人时再按“保存”。</source>
        <translation>May duplicate an existing resident:
%1
Please check that resident first; if this really is a different person, press “Save” again.</translation>
    </message>
    <message>
        <source>申请档案迁入(&amp;Q)</source>
        <translation>Re&amp;quest health record transfer in</translation>
    </message>
    <message>
        <source>请该村的医生或管理员同意把此档案迁到所选的村</source>
        <translation>A doctor or administrator of that village must approve moving this health record to the selected village</translation>
    </message>
    <message>
        <source>已提交档案迁入申请。该村的医生或管理员同意后，档案会迁到%1。</source>
        <translation>Transfer-in request submitted. Once a doctor or administrator of that village approves, the health record will move to %1.</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentTitle</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>%1 — %2（%3）</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Gui::ResidentView</name>
    <message>
        <source>居民健康档案</source>
        <translation>Resident Health Record</translation>
    </message>
    <message>
        <source>新建接诊 (Ctrl+J)</source>
        <translation>New visit (Ctrl+J)</translation>
    </message>
    <message>
        <source>健康体检 (Ctrl+T)</source>
        <translation>Health check-up (Ctrl+T)</translation>
    </message>
    <message>
        <source>个人基本信息表 (Ctrl+B)</source>
        <translation>Personal information form (Ctrl+B)</translation>
    </message>
    <message>
        <source>编辑居民信息 (Ctrl+E)</source>
        <translation>Edit resident (Ctrl+E)</translation>
    </message>
    <message>
        <source>打印/PDF (Ctrl+P)</source>
        <translation>Print/PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>全部记录</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>&lt;p&gt;还没有记录。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No records yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>-健康档案.pdf</source>
        <translation>-health-record.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>更正 (F2)</source>
        <translation>Correct (F2)</translation>
    </message>
    <message>
        <source>档案封面与个人基本信息表：打印预览…</source>
        <translation>Record cover and personal information form: print preview…</translation>
    </message>
    <message>
        <source>档案封面与个人基本信息表：保存为 PDF…</source>
        <translation>Record cover and personal information form: save as PDF…</translation>
    </message>
    <message>
        <source>健康体检表：打印预览…</source>
        <translation>Health examination form: print preview…</translation>
    </message>
    <message>
        <source>健康体检表：保存为 PDF…</source>
        <translation>Health examination form: save as PDF…</translation>
    </message>
    <message>
        <source>-健康体检表.pdf</source>
        <translation>-health-examination-form.pdf</translation>
    </message>
    <message>
        <source>打印预览：健康体检表</source>
        <translation>Print preview: Health Examination Form</translation>
    </message>
    <message>
        <source>档案状态 (Ctrl+D)</source>
        <translation>Record status (Ctrl+D)</translation>
    </message>
    <message>
        <source>登记死亡…</source>
        <translation>Record death…</translation>
    </message>
    <message>
        <source>迁出…</source>
        <translation>Moved away…</translation>
    </message>
    <message>
        <source>注销档案…</source>
        <translation>Close record…</translation>
    </message>
    <message>
        <source>迁入登记…</source>
        <translation>Transfer in…</translation>
    </message>
    <message>
        <source>撤销（恢复档案）…</source>
        <translation>Undo (reopen record)…</translation>
    </message>
    <message>
        <source>%1。</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1（%2）。</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>该居民自该日起不在任何工作清单和统计中，签约和慢病管理已终止；记录全部保留，可查阅。</source>
        <translation>From that day the resident is on no work list and in no statistic; contracts and chronic care have ended; every record is kept and can be read.</translation>
    </message>
    <message>
        <source>如登记有误，可在“档案状态”中撤销（恢复档案）。</source>
        <translation>If this is wrong, undo it under "Record status" (reopen record).</translation>
    </message>
    <message>
        <source>服务项目 (Ctrl+K)</source>
        <translation>Services (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentsPage</name>
    <message>
        <source>查找：姓名、拼音或首字母（如 zs）、身份证号或后4-6位、电话或后4位、档案编号  (Ctrl+F)</source>
        <translation>Find: name, pinyin or initials (e.g. zs), identity number or its last 4-6 digits, phone or last 4, record number  (Ctrl+F)</translation>
    </message>
    <message>
        <source>新建居民 (Ctrl+N)</source>
        <translation>New resident (Ctrl+N)</translation>
    </message>
    <message>
        <source>全部村（居委会）</source>
        <translation>All villages</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 名居民</source>
        <translation><numerusform>%n resident</numerusform><numerusform>%n residents</numerusform></translation>
    </message>
    <message>
        <source>没有找到匹配的居民</source>
        <translation>No matching residents</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 名居民</source>
        <translation><numerusform>Found %n resident</numerusform><numerusform>Found %n residents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>已显示前 %n 名匹配的居民，向下滚动查看更多</source>
        <translation><numerusform>Showing the first %n match</numerusform><numerusform>Showing the first %n matches; scroll down for more</numerusform></translation>
    </message>
    <message>
        <source>查看档案 (Enter)</source>
        <translation>Open record (Enter)</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>重复档案…</source>
        <translation>Duplicate records…</translation>
    </message>
    <message>
        <source>迁入申请（%1）…</source>
        <translation>Transfer-in requests (%1)…</translation>
    </message>
</context>
<context>
    <name>Gui::RoundSheet</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>%1 %2岁</source>
        <translation>%1 %2 y</translation>
    </message>
    <message>
        <source>入户走访单%1</source>
        <translation>Round sheet%1</translation>
    </message>
    <message>
        <source>日期 %1　共 %2 户 %3 项，其中逾期 %4 项</source>
        <translation>Date %1  %2 households, %3 items, %4 overdue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>走访人：____________　　走访日期：____________　　完成后在“完成”栏打勾，情况写在“备注”栏</source>
        <translation>Visited by: ____________  Date: ____________  Tick "Done" when done; write what you found under "Notes"</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>应做日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>　户主：%1</source>
        <translation>  Head: %1</translation>
    </message>
    <message>
        <source>该日没有到期或逾期的工作</source>
        <translation>Nothing due or overdue on this day</translation>
    </message>
    <message>
        <source>入户走访单 %1 %2</source>
        <translation>Round sheet %1 %2</translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Gui::SchemaForm</name>
    <message>
        <source>每行一条；日期写成 2024-05-01，选项写名称</source>
        <translation>One per line; write dates as 2024-05-01 and options by name</translation>
    </message>
    <message>
        <source>不能保存：</source>
        <translation>Cannot save:</translation>
    </message>
    <message>
        <source>请确认：</source>
        <translation>Please confirm:</translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
</context>
<context>
    <name>Gui::SessionGuard</name>
    <message>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>锁屏 (Ctrl+L)</source>
        <translation>Lock screen (Ctrl+L)</translation>
    </message>
    <message>
        <source>恢复失败，数据库保持原样：%1</source>
        <translation>Restore failed; database unchanged: %1</translation>
    </message>
    <message>
        <source>已恢复，但无法打开数据库：%1</source>
        <translation>Restored, but the database cannot be opened: %1</translation>
    </message>
    <message>
        <source>已从 %1 恢复。原数据库文件保留为 %2。请重新登录。</source>
        <translation>Restored from %1. The original database file was kept as %2. Please log in again.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
</context>
<context>
    <name>Gui::SettingsPage</name>
    <message>
        <source>语言已保存，重新启动家医后生效。</source>
        <translation>Language saved; it applies when Jiayi is restarted.</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>数据库结构版本</source>
        <translation>Database schema version</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>程序版本</source>
        <translation>Program version</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>锁屏时间已保存，下次登录后生效。</source>
        <translation>Lock time saved; it takes effect at the next login.</translation>
    </message>
    <message>
        <source>无操作自动锁屏(&amp;K)</source>
        <translation>Auto-loc&amp;k when idle</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>区域平台</source>
        <translation>Regional platform</translation>
    </message>
</context>
<context>
    <name>Gui::SetupPage</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>另有 %1 处问题</source>
        <translation>%1 more problems</translation>
    </message>
</context>
<context>
    <name>Gui::SetupWizard</name>
    <message>
        <source>家医 — 建立机构</source>
        <translation>Jiayi — set up the clinic</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>建立机构</source>
        <translation>Set up clinic</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>欢迎</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>乡镇和村</source>
        <translation>Township and villages</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>区域平台</source>
        <translation>Regional platform</translation>
    </message>
    <message>
        <source>居民名单</source>
        <translation>Resident list</translation>
    </message>
    <message>
        <source>核对并建立</source>
        <translation>Check and set up</translation>
    </message>
    <message>
        <source>切换语言</source>
        <translation>Change language</translation>
    </message>
    <message>
        <source>切换语言会重新开始向导，已填写的内容不会保留。继续吗？</source>
        <translation>Changing the language starts the wizard again; what was entered is not kept. Go on?</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>放弃建立机构？</source>
        <translation>Abandon the clinic setup?</translation>
    </message>
    <message>
        <source>已填写的机构信息还没有写入。放弃这些内容吗？</source>
        <translation>What was entered has not been written yet. Discard it?</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>机构没有建立，什么都没有写入：%1</source>
        <translation>The clinic was not set up; nothing was written: %1</translation>
    </message>
    <message>
        <source>机构已建立，但没能自动登录：%1</source>
        <translation>The clinic is set up, but the automatic login failed: %1</translation>
    </message>
    <message>
        <source>机构已建立（%1 项）。</source>
        <translation>The clinic is set up (%1 items).</translation>
    </message>
    <message>
        <source>统一社会信用代码 %1</source>
        <translation>Unified social credit code %1</translation>
    </message>
    <message numerus="yes">
        <source>村（居委会）%n 个：</source>
        <translation><numerusform>%n village:</numerusform><numerusform>%n villages:</numerusform></translation>
    </message>
    <message>
        <source>家庭医生团队</source>
        <translation>Family-doctor teams</translation>
    </message>
    <message>
        <source>没有团队（以后可在“签约 → 团队”中建立）</source>
        <translation>No team (can be created later under Contracts → Teams)</translation>
    </message>
    <message>
        <source>%1：负责 %2</source>
        <translation>%1: serves %2</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>%1（%2，已登录）</source>
        <translation>%1 (%2, logged in)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>令牌已填写；按系统信任的证书验证平台</source>
        <translation>Token entered; the platform is verified against the system's trusted certificates</translation>
    </message>
    <message>
        <source>令牌已填写；CA 证书 %1</source>
        <translation>Token entered; CA certificate %1</translation>
    </message>
    <message>
        <source>不连接（以后由管理员在“设置 → 区域平台”中填写）</source>
        <translation>Not connected (an administrator can enter it later under Settings → Regional platform)</translation>
    </message>
    <message>
        <source>不导入（以后在“居民档案 → 导入”中导入）</source>
        <translation>None (import later under Residents → Import)</translation>
    </message>
    <message>
        <source>机构建立后打开“导入居民名单”：核对列对照、试运行，再导入。</source>
        <translation>Once the clinic is set up, Import resident list opens: check the column mapping, dry-run, then import.</translation>
    </message>
    <message>
        <source>家医机构设置文件（docs/setup.md），由首次使用向导保存。用法：jiayi-cli setup --from %1 --db 数据库文件，或 jiayi --setup %1。每个账户的初始密码在同一文件夹的“用户名.password”文件中（首行为密码）；分发后请删除密码文件或妥善保管，用户首次登录后修改密码。</source>
        <translation>Jiayi clinic setup file (docs/setup.md), saved by the first-run wizard. Use: jiayi-cli setup --from %1 --db DATABASE, or jiayi --setup %1. Each account's first password is in "USERNAME.password" in the same folder (first line); after the roll-out delete the password files or keep them safe; users change their password at the first login.</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>无法把 CA 证书复制到 %1</source>
        <translation>Cannot copy the CA certificate to %1</translation>
    </message>
    <message>
        <source>已保存到 %1：%2。</source>
        <translation>Saved to %1: %2.</translation>
    </message>
    <message>
        <source>用前请在同一文件夹建立 %1（首行为管理员的密码）。</source>
        <translation>Before using it, create %1 in the same folder (the administrator's password on the first line).</translation>
    </message>
    <message>
        <source>保存为设置文件</source>
        <translation>Save as setup file</translation>
    </message>
    <message>
        <source>设置文件 (*.json)</source>
        <translation>Setup files (*.json)</translation>
    </message>
</context>
<context>
    <name>Gui::SignContractDialog</name>
    <message>
        <source>整户签约：%1 家</source>
        <translation>Sign whole household: %1 family</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source>纸质协议已由双方签字</source>
        <translation>Paper contract signed by both parties</translation>
    </message>
    <message>
        <source>%1（%2 元/年）</source>
        <translation>%1 (%2 yuan/year)</translation>
    </message>
    <message>
        <source>%1（建议）</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <source>签约团队(&amp;T)</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>签约医生(&amp;D)</source>
        <translation>&amp;Doctor</translation>
    </message>
    <message>
        <source>服务包(&amp;P)</source>
        <translation>Service &amp;packages</translation>
    </message>
    <message>
        <source>%1（已签约）</source>
        <translation>%1 (signed)</translation>
    </message>
    <message>
        <source>签约成员(&amp;M)</source>
        <translation>&amp;Members to sign</translation>
    </message>
    <message>
        <source>家庭代表(&amp;R)</source>
        <translation>Family &amp;representative</translation>
    </message>
    <message>
        <source>人群标签</source>
        <translation>Population tags</translation>
    </message>
    <message>
        <source>按每位成员的年龄、慢病登记和人群登记自动确定</source>
        <translation>Set automatically from each member's age, chronic-disease registrations and population registrations</translation>
    </message>
    <message>
        <source>人群标签(&amp;G)</source>
        <translation>Population ta&amp;gs</translation>
    </message>
    <message>
        <source>签约日期(&amp;S)</source>
        <translation>&amp;Signing date</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>签约期限</source>
        <translation>Contract term</translation>
    </message>
    <message>
        <source>签约方式(&amp;C)</source>
        <translation>Signing &amp;channel</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>%1（非本村团队）</source>
        <translation>%1 (team from another village)</translation>
    </message>
    <message>
        <source>请至少选择一位家庭成员</source>
        <translation>Select at least one family member</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::SignaturePanel</name>
    <message>
        <source>签名 (Ctrl+G)…</source>
        <translation>Sign (Ctrl+G)…</translation>
    </message>
    <message>
        <source>电子签名</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <source>未签名</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>本条是更正后的新版本，尚未签名（更正前的版本由 %1 于 %2 签名），需要重新签名</source>
        <translation>This is the corrected version and is not signed yet (the version before correction was signed by %1 on %2); it must be signed again</translation>
    </message>
    <message>
        <source>%1（%2）于 %3 签名（%4）</source>
        <translation>%1 (%2) on %3 (%4)</translation>
    </message>
    <message>
        <source>已由 %1，签名后未被修改</source>
        <translation>Signed by %1; unchanged since signing</translation>
    </message>
    <message>
        <source>签名无效：签名数据被篡改（%1）</source>
        <translation>Invalid signature: the signature data was tampered with (signed by %1)</translation>
    </message>
    <message>
        <source>签名后记录已被修改，需要重新签名（原签名：%1）</source>
        <translation>The record was changed after signing and must be signed again (originally signed by %1)</translation>
    </message>
    <message>
        <source>重新签名 (Ctrl+G)…</source>
        <translation>Sign again (Ctrl+G)…</translation>
    </message>
    <message>
        <source>签名表示您确认本条记录。请输入您（%1）的登录密码：</source>
        <translation>Signing means you confirm this record. Enter your login password (%1):</translation>
    </message>
</context>
<context>
    <name>Gui::SummaryPrinter</name>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>居民健康档案摘要</source>
        <translation>Resident health record summary</translation>
    </message>
    <message>
        <source>本摘要由本人健康档案自动生成，供居民本人查看。仅列出最必要的信息。</source>
        <translation>This summary is generated from your own health record for you to keep. It lists only what is necessary.</translation>
    </message>
    <message>
        <source>一、个人健康标识</source>
        <translation>1. Health labels</translation>
    </message>
    <message>
        <source>二、个人基本信息</source>
        <translation>2. Basic information</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>健康档案编号</source>
        <translation>Health-record number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>血型</source>
        <translation>Blood group</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>药物过敏史</source>
        <translation>Drug allergy history</translation>
    </message>
    <message>
        <source>家庭住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>紧急情况联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>建档机构</source>
        <translation>Record kept by</translation>
    </message>
    <message>
        <source>三、近期卫生健康服务</source>
        <translation>3. Recent health services</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>打印日期：%1。二维码只含查询编号，不含任何健康信息；如需查看完整档案，请本人持身份证到签约家庭医生处申请。</source>
        <translation>Printed on %1. The QR code holds only a reference number, no health information; to see the full record, ask your family doctor in person with your ID card.</translation>
    </message>
</context>
<context>
    <name>Gui::SyncPage</name>
    <message>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>同步(&amp;Y)</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>平台的理由</source>
        <translation>Platform's reason</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>修改后重新发送(&amp;R)</source>
        <translation>&amp;Resend after correction</translation>
    </message>
    <message>
        <source>在居民档案中改正后，选中此处的记录重新发送；改正保存后也会自动随下次同步发送</source>
        <translation>After correcting it in the resident's record, select the record here to resend it; once the correction is saved, it is also sent automatically with the next sync</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>被拒记录</source>
        <translation>Rejected records</translation>
    </message>
    <message>
        <source>冲突（%1）</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>正在同步…可以继续工作</source>
        <translation>Syncing… you can keep working</translation>
    </message>
    <message>
        <source>同步完成</source>
        <translation>Sync complete</translation>
    </message>
    <message>
        <source>同步未完成：%1</source>
        <translation>Sync not completed: %1</translation>
    </message>
    <message>
        <source>上传 %1 条，下载 %2 条，自动合并 %3 条，新冲突 %4 处，被拒 %5 条，暂缓 %6 条</source>
        <translation>Uploaded %1, downloaded %2, auto-merged %3, new conflicts %4, rejected %5, deferred %6</translation>
    </message>
    <message>
        <source>仍有 %1 条修改未上传</source>
        <translation>%1 changes still not uploaded</translation>
    </message>
    <message>
        <source>本机修改已全部上传</source>
        <translation>All local changes uploaded</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>被拒记录（%1）</source>
        <translation>Rejected records (%1)</translation>
    </message>
    <message>
        <source>尚未配置区域平台：请系统管理员在“设置 → 区域平台”中填写平台地址和工作站令牌</source>
        <translation>Regional platform not configured: ask the system administrator to enter the platform URL and workstation token in “Settings → Regional platform”</translation>
    </message>
    <message>
        <source>区域平台：%1</source>
        <translation>Regional platform: %1</translation>
    </message>
    <message>
        <source>待上传：无</source>
        <translation>Pending upload: none</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>待上传：%1</source>
        <translation>Pending upload: %1</translation>
    </message>
    <message>
        <source>尚未配置区域平台，请系统管理员在“设置 → 区域平台”中填写</source>
        <translation>Regional platform not configured; ask the system administrator to set it up in “Settings → Regional platform”</translation>
    </message>
    <message>
        <source>同步失败 %p%</source>
        <translation>Sync failed %p%</translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Gui::SyncSettingsWidget</name>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>关闭（只在按“同步”时）</source>
        <translation>Off (only when Sync is pressed)</translation>
    </message>
    <message>
        <source>在线时每隔这么久自动同步一次；0 为关闭</source>
        <translation>Sync automatically this often while online; 0 = off</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>平台地址(&amp;U)</source>
        <translation>Platform &amp;URL</translation>
    </message>
    <message>
        <source>工作站令牌(&amp;K)</source>
        <translation>Workstation to&amp;ken</translation>
    </message>
    <message>
        <source>CA 证书(&amp;A)</source>
        <translation>C&amp;A certificate</translation>
    </message>
    <message>
        <source>自动同步间隔(&amp;I)</source>
        <translation>Auto-sync &amp;interval</translation>
    </message>
    <message>
        <source>区域平台</source>
        <translation>Regional platform</translation>
    </message>
    <message>
        <source>选择 CA 证书</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt);;所有文件 (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>嘉医区域平台的地址，或任一 FHIR R4 服务器的基地址（如 https://fhir.example.cn/baseR4）；同步时读取其能力声明</source>
        <translation>The address of the Jiayi regional platform, or the base address of any FHIR R4 server (e.g. https://fhir.example.cn/baseR4); its capability statement is read when syncing</translation>
    </message>
</context>
<context>
    <name>Gui::SyncStatusWidget</name>
    <message>
        <source>同步状态不可用</source>
        <translation>Sync status unavailable</translation>
    </message>
    <message>
        <source>未配置区域平台</source>
        <translation>Regional platform not configured</translation>
    </message>
    <message>
        <source>正在检查网络</source>
        <translation>Checking network</translation>
    </message>
    <message>
        <source>● 在线</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ 离线</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>未上传 %1 条</source>
        <translation>Not uploaded: %1</translation>
    </message>
    <message>
        <source>无未上传修改</source>
        <translation>No changes waiting to upload</translation>
    </message>
    <message>
        <source>冲突 %1 处</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>被拒 %1 条</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>上次完整同步 %1</source>
        <translation>Last full sync %1</translation>
    </message>
    <message>
        <source>从未完整同步</source>
        <translation>Never fully synced</translation>
    </message>
    <message>
        <source>本机时钟偏差 %1 分钟</source>
        <translation>Local clock off by %1 min</translation>
    </message>
    <message>
        <source>上次同步出错：%1</source>
        <translation>Last sync failed: %1</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>未上传：%1</source>
        <translation>Not uploaded: %1</translation>
    </message>
    <message>
        <source>✕ 同步失败（自 %1 起）：%2</source>
        <translation>✕ Sync failed (since %1): %2</translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Gui::TablePdf</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>Gui::TbDosesDialog</name>
    <message>
        <source>服药记录</source>
        <translation>Doses</translation>
    </message>
    <message>
        <source>%1　第 %2 天</source>
        <translation>%1  day %2</translation>
    </message>
    <message>
        <source>督导人员记录</source>
        <translation>Recorded by the supervisor</translation>
    </message>
    <message>
        <source>患者服药卡</source>
        <translation>Patient's dose card</translation>
    </message>
    <message>
        <source>记录来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>应服药 %1 次，已服 %2 次，漏服 %3 次（%4%）　%5。空格键勾选当天已服药。</source>
        <translation>%1 doses prescribed, %2 taken, %3 missed (%4%)  %5. Space ticks a day as taken.</translation>
    </message>
    <message>
        <source>规则服药</source>
        <translation>Regular treatment</translation>
    </message>
    <message>
        <source>未达规则服药</source>
        <translation>below regular treatment</translation>
    </message>
</context>
<context>
    <name>Gui::TbPatientDialog</name>
    <message>
        <source>肺结核患者管理</source>
        <translation>Tuberculosis care</translation>
    </message>
    <message>
        <source>登记(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>第一次入户随访(&amp;F)</source>
        <translation>&amp;First home visit</translation>
    </message>
    <message>
        <source>服药记录(&amp;D)</source>
        <translation>&amp;Doses</translation>
    </message>
    <message>
        <source>随访(&amp;V)</source>
        <translation>Follow-up (&amp;V)</translation>
    </message>
    <message>
        <source>结案评估(&amp;E)</source>
        <translation>&amp;End of treatment</translation>
    </message>
    <message>
        <source>该居民不在肺结核患者管理中。接到定点医疗机构的通知后登记。</source>
        <translation>This resident is not under tuberculosis management. Register when the designated institution's notice arrives.</translation>
    </message>
    <message>
        <source>化疗方案 &lt;b&gt;%1&lt;/b&gt;，强化期 %2 至 %3，继续期至 %4，%5督导。</source>
        <translation>Regimen &lt;b&gt;%1&lt;/b&gt;, intensive phase %2 to %3, continuation to %4, supervised by %5.</translation>
    </message>
    <message>
        <source>截至今天应服药 %1 次，实服 %2 次，漏服 %3 次（%4%）。</source>
        <translation>So far %1 doses prescribed, %2 taken, %3 missed (%4%).</translation>
    </message>
    <message>
        <source>下次随访：%1</source>
        <translation>Next visit: %1</translation>
    </message>
    <message>
        <source>第一次入户随访应在 %1 前完成。</source>
        <translation>The first home visit is due by %1.</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 次漏服，请核实并督促服药。</source>
        <translation><numerusform>%n missed dose: check and encourage treatment.</numerusform><numerusform>%n missed doses: check and encourage treatment.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::TbRegistrationDialog</name>
    <message>
        <source>肺结核患者登记</source>
        <translation>Tuberculosis registration</translation>
    </message>
    <message>
        <source>接到通知时间(&amp;T)</source>
        <translation>Notice received (&amp;T)</translation>
    </message>
    <message>
        <source>结核病定点医疗机构</source>
        <translation>Designated TB institution</translation>
    </message>
    <message>
        <source>通知单位</source>
        <translation>Notifying institution</translation>
    </message>
    <message>
        <source>初治</source>
        <translation>New</translation>
    </message>
    <message>
        <source>复治</source>
        <translation>Retreatment</translation>
    </message>
    <message>
        <source>耐药</source>
        <translation>Drug-resistant</translation>
    </message>
    <message>
        <source>患者类型</source>
        <translation>Patient type</translation>
    </message>
    <message>
        <source>化疗方案(&amp;R)</source>
        <translation>&amp;Regimen</translation>
    </message>
    <message>
        <source>强化期开始</source>
        <translation>Intensive phase start</translation>
    </message>
    <message>
        <source>强化期结束</source>
        <translation>Intensive phase end</translation>
    </message>
    <message>
        <source>继续期结束</source>
        <translation>End of continuation phase</translation>
    </message>
    <message>
        <source>日期按定点医疗机构的通知填写。</source>
        <translation>Dates as given in the designated institution's notice.</translation>
    </message>
    <message>
        <source>督导方式(&amp;S)</source>
        <translation>&amp;Supervision</translation>
    </message>
</context>
<context>
    <name>Gui::TbScreenDialog</name>
    <message>
        <source>肺结核可疑者筛查</source>
        <translation>TB suspect screening</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>咳嗽、咳痰天数(&amp;C)</source>
        <translation>Days of &amp;cough and sputum</translation>
    </message>
    <message>
        <source>其他症状</source>
        <translation>Other symptoms</translation>
    </message>
    <message>
        <source>推介转诊(&amp;R)…</source>
        <translation>&amp;Refer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;肺结核可疑者&lt;/b&gt;：请推介转诊到结核病定点医疗机构，并在一周内随访是否到位。</source>
        <translation>&lt;b&gt;Tuberculosis suspect&lt;/b&gt;: refer to the designated TB institution and check within a week that they went.</translation>
    </message>
    <message>
        <source>未达到可疑者标准（咳嗽、咳痰%1天及以上，或有所列症状之一）。</source>
        <translation>Not a suspect (cough and sputum for %1 days or more, or one of the listed symptoms).</translation>
    </message>
</context>
<context>
    <name>Gui::TbVisitDialog</name>
    <message>
        <source>肺结核第一次入户随访</source>
        <translation>TB first home visit</translation>
    </message>
    <message>
        <source>肺结核结案评估</source>
        <translation>TB end-of-treatment assessment</translation>
    </message>
    <message>
        <source>肺结核随访</source>
        <translation>TB follow-up</translation>
    </message>
    <message>
        <source>随访时间(&amp;T)</source>
        <translation>Visit &amp;time</translation>
    </message>
    <message>
        <source>见到患者</source>
        <translation>Patient seen</translation>
    </message>
    <message>
        <source>咳嗽咳痰、咯血、发热、胸痛…</source>
        <translation>Cough and sputum, blood in sputum, fever, chest pain…</translation>
    </message>
    <message>
        <source>症状及体征</source>
        <translation>Symptoms and signs</translation>
    </message>
    <message>
        <source>药物不良反应</source>
        <translation>Adverse drug reactions</translation>
    </message>
    <message>
        <source>治愈</source>
        <translation>Cured</translation>
    </message>
    <message>
        <source>完成疗程</source>
        <translation>Treatment completed</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>失访</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>转出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>停止治疗原因</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>下次随访日期(&amp;N)</source>
        <translation>&amp;Next visit</translation>
    </message>
    <message>
        <source>转诊（保存后填写转诊单）</source>
        <translation>Refer (fill in the referral after saving)</translation>
    </message>
    <message>
        <source>督导方式：%1</source>
        <translation>Supervision: %1</translation>
    </message>
    <message>
        <source>应在 %1 前入户（接到通知后 %2 小时内）：按时</source>
        <translation>Visit due by %1 (within %2 hours of the notice): on time</translation>
    </message>
    <message>
        <source>应在 %1 前入户（接到通知后 %2 小时内）：已超时，未见到患者时请向定点医疗机构报告</source>
        <translation>Visit due by %1 (within %2 hours of the notice): late; if the patient cannot be found, report to the designated institution</translation>
    </message>
</context>
<context>
    <name>Gui::TcmActions</name>
    <message>
        <source>中医体质辨识（65岁及以上）</source>
        <translation>TCM constitution assessment (65+)</translation>
    </message>
    <message>
        <source>儿童中医药健康管理（6～36月龄）</source>
        <translation>Children's TCM care (6–36 months)</translation>
    </message>
    <message>
        <source>打印中医药健康管理服务记录表</source>
        <translation>Print the TCM health management form</translation>
    </message>
</context>
<context>
    <name>Gui::TcmAssessmentDialog</name>
    <message>
        <source>老年人中医药健康管理服务记录表</source>
        <translation>Elderly TCM health management form</translation>
    </message>
    <message>
        <source>未测</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <source> 厘米</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>体质指数（第9题）</source>
        <translation>BMI (question 9)</translation>
    </message>
    <message>
        <source>腰围（第28题）</source>
        <translation>Waist (question 28)</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答案</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>按数字键 1～5 作答并进入下一题；↑↓ 换题。请按居民平时的情况回答，不要诱导。</source>
        <translation>Number keys 1–5 answer and move on; ↑↓ change question. Record the resident's usual state; never lead.</translation>
    </message>
    <message>
        <source>体质</source>
        <translation>Constitution</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>判定</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>中医药保健指导</source>
        <translation>TCM health guidance</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>第 %1 题，共 %2 题</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>已答 %1 题，还有 %2 题</source>
        <translation>%1 answered, %2 to go</translation>
    </message>
    <message>
        <source>体质：无法判定</source>
        <translation>Constitution: not determined</translation>
    </message>
    <message>
        <source>体质：%1</source>
        <translation>Constitution: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；按%1指导</source>
        <translation>; guidance for %1</translation>
    </message>
    <message>
        <source>。得分相同，请中医师判定</source>
        <translation>. Equal scores: a TCM doctor decides</translation>
    </message>
    <message>
        <source>。无法判定体质，请查找原因或 %1 天后重新采集</source>
        <translation>. No constitution determined: find the cause or ask again after %1 days</translation>
    </message>
    <message>
        <source>。阴虚质与阳虚质同时为“是”，请重新核对答案</source>
        <translation>. Yin deficiency and yang deficiency are both "yes": re-check the answers</translation>
    </message>
</context>
<context>
    <name>Gui::TcmChildDialog</name>
    <message>
        <source>儿童中医药健康管理服务记录</source>
        <translation>Children's TCM care record</translation>
    </message>
    <message>
        <source>%1 月龄</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>月龄</source>
        <translation>Month age</translation>
    </message>
    <message>
        <source>随访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>本月龄穴位按揉方法</source>
        <translation>Technique for this age</translation>
    </message>
    <message>
        <source>中医药健康管理服务</source>
        <translation>TCM services</translation>
    </message>
    <message>
        <source>选了“其他”时写明</source>
        <translation>Describe when "Other" is chosen</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>Gui::TeamAdminWidget</name>
    <message>
        <source>新建团队(&amp;N)</source>
        <translation>&amp;New team</translation>
    </message>
    <message>
        <source>保存团队</source>
        <translation>Save team</translation>
    </message>
    <message>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>停用成员</source>
        <translation>Deactivate member</translation>
    </message>
    <message>
        <source>团队名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>所属机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>服务的村</source>
        <translation>Villages served</translation>
    </message>
    <message>
        <source>团队成员</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source> [已停用]</source>
        <translation> [inactive]</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>请先保存团队</source>
        <translation>Save the team first</translation>
    </message>
    <message>
        <source>添加团队成员</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Gui::TeamsPage</name>
    <message>
        <source>家庭医生团队</source>
        <translation>Family-doctor teams</translation>
    </message>
    <message>
        <source>每个团队负责哪些村，团队里有哪些家庭医生和乡村医生。</source>
        <translation>Which villages each team serves, and its family doctors and village health workers.</translation>
    </message>
    <message>
        <source>团队(&amp;T)</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>新增团队(&amp;A)</source>
        <translation>&amp;Add team</translation>
    </message>
    <message>
        <source>删除团队(&amp;R)</source>
        <translation>&amp;Remove team</translation>
    </message>
    <message>
        <source>每位成员都会得到一个登录账户；乡村医生只能看到本团队负责的村。用户名按姓名拼音自动填写，初始密码自动生成，都可以修改；请把用户名和初始密码告诉本人，首次登录后修改密码。团队以后可在“签约”中增减。</source>
        <translation>Every member gets a user account; village health workers see only their team's villages. User names are filled in from the pinyin of the name and first passwords are generated; both can be changed. Tell each person their user name and first password, to be changed at the first login. Teams can be changed later under Contracts.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>删除成员(&amp;D)</source>
        <translation>&amp;Delete member</translation>
    </message>
    <message>
        <source>团队名称(&amp;M)</source>
        <translation>Team na&amp;me</translation>
    </message>
    <message>
        <source>负责的村(&amp;V)</source>
        <translation>Assigned &amp;villages</translation>
    </message>
    <message>
        <source>成员(&amp;E)</source>
        <translation>M&amp;embers</translation>
    </message>
    <message>
        <source>（未命名团队）</source>
        <translation>(unnamed team)</translation>
    </message>
    <message>
        <source>%1家庭医生团队</source>
        <translation>%1 family-doctor team</translation>
    </message>
    <message>
        <source>请勾选团队负责的村</source>
        <translation>Tick the villages the team serves</translation>
    </message>
    <message>
        <source>团队 %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1 第 %2 行%3</source>
        <translation>%1, row %2, %3</translation>
    </message>
    <message>
        <source>%1 名称</source>
        <translation>%1, name</translation>
    </message>
    <message>
        <source>%1 负责的村</source>
        <translation>%1, villages served</translation>
    </message>
</context>
<context>
    <name>Gui::TerminateContractDialog</name>
    <message>
        <source>解约</source>
        <translation>Terminate contract</translation>
    </message>
    <message>
        <source>解约原因(&amp;R)</source>
        <translation>Termination &amp;reason</translation>
    </message>
    <message>
        <source>解约日期(&amp;D)</source>
        <translation>Termination &amp;date</translation>
    </message>
    <message>
        <source>说明(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>Gui::TransferDialog</name>
    <message>
        <source>档案迁入申请</source>
        <translation>Health record transfer-in requests</translation>
    </message>
    <message>
        <source>同意迁出(&amp;A)</source>
        <translation>&amp;Approve transfer out</translation>
    </message>
    <message>
        <source>拒绝(&amp;D)</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>其他村申请迁入以下居民的档案。同意后，档案（含全部记录）迁到申请的村，并记入审计日志。</source>
        <translation>Other villages have requested transfer in of the following residents' health records. If you approve, the health record (with all entries) moves to the requesting village and is recorded in the audit log.</translation>
    </message>
    <message>
        <source>%1（档案号 %2）：%3 → %4，%5 申请于 %6</source>
        <translation>%1 (record no. %2): %3 → %4, requested by %5 on %6</translation>
    </message>
    <message>
        <source>没有待处理的迁入申请</source>
        <translation>No pending transfer-in requests</translation>
    </message>
    <message>
        <source>已同意，档案已迁出</source>
        <translation>Approved; health record transferred out</translation>
    </message>
    <message>
        <source>已拒绝该申请</source>
        <translation>Request declined</translation>
    </message>
</context>
<context>
    <name>Gui::TrendChart</name>
    <message>
        <source>近 1 年</source>
        <translation>Past year</translation>
    </message>
    <message>
        <source>近 3 年</source>
        <translation>Past 3 years</translation>
    </message>
    <message>
        <source>近 5 年</source>
        <translation>Past 5 years</translation>
    </message>
    <message>
        <source>近 10 年</source>
        <translation>Past 10 years</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>时间范围</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1：%2 至 %3，共 %4 次随访</source>
        <translation>%1: %2 to %3, %4 follow-ups</translation>
    </message>
    <message>
        <source>血压 (mmHg)</source>
        <translation>Blood pressure (mmHg)</translation>
    </message>
    <message>
        <source>收缩压</source>
        <translation>Systolic</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>Diastolic</translation>
    </message>
    <message>
        <source>控制满意</source>
        <translation>Controlled</translation>
    </message>
    <message>
        <source>不满意/不良反应/并发症</source>
        <translation>Uncontrolled/adverse reaction/complication</translation>
    </message>
    <message>
        <source>140</source>
        <translation>140</translation>
    </message>
    <message>
        <source>90</source>
        <translation>90</translation>
    </message>
    <message>
        <source>空腹血糖 (mmol/L)</source>
        <translation>Fasting blood glucose (mmol/L)</translation>
    </message>
    <message>
        <source>空腹血糖</source>
        <translation>Fasting glucose</translation>
    </message>
    <message>
        <source>7.0</source>
        <translation>7.0</translation>
    </message>
    <message>
        <source>体重 (kg) 与 BMI</source>
        <translation>Weight (kg) and BMI</translation>
    </message>
    <message>
        <source>体重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>BMI 24</source>
        <translation>BMI 24</translation>
    </message>
</context>
<context>
    <name>Gui::UserEditor</name>
    <message>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>修改用户：%1</source>
        <translation>Edit user: %1</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>负责的村(&amp;V)</source>
        <translation>Assigned &amp;villages</translation>
    </message>
    <message>
        <source>乡村医生只能看到勾选的村；其他角色不勾选表示全部村</source>
        <translation>Village doctors see only the ticked villages; for other roles, ticking none means all villages</translation>
    </message>
    <message>
        <source>团队(&amp;T)</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>初始密码(&amp;P)</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <source>再次输入(&amp;A)</source>
        <translation>Enter &amp;again</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Gui::UsersPage</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>负责的村</source>
        <translation>Assigned villages</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>上次登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>新建用户(&amp;N)…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>重置密码(&amp;R)…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>停用/启用(&amp;D)</source>
        <translation>&amp;Disable/Enable</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>共 %1 个用户</source>
        <translation>Users: %1</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>%1 的新密码：</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>已重置 %1 的密码（其签名密钥将在下次登录时重新生成）</source>
        <translation>Password of %1 reset (their signing key will be regenerated at their next login)</translation>
    </message>
</context>
<context>
    <name>Gui::VillageBarChart</name>
    <message>
        <source>各村比较</source>
        <translation>Villages compared</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>接近目标</source>
        <translation>Near target</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Below target</translation>
    </message>
    <message>
        <source>未设目标</source>
        <translation>No target</translation>
    </message>
</context>
<context>
    <name>Gui::VitalSignsEdit</name>
    <message>
        <source>血压</source>
        <translation>Blood pressure</translation>
    </message>
</context>
<context>
    <name>Gui::WelcomePage</name>
    <message>
        <source>欢迎使用家医</source>
        <translation>Welcome to Jiayi</translation>
    </message>
    <message>
        <source>本机的数据库还没有建立机构。</source>
        <translation>This workstation's database has no clinic yet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;接下来几步填写本机构的基本信息：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;机构名称和统一社会信用代码&lt;/li&gt;&lt;li&gt;乡镇（街道）和所辖的村（居委会），带统计用区划代码&lt;/li&gt;&lt;li&gt;家庭医生团队、团队成员和各团队负责的村&lt;/li&gt;&lt;li&gt;系统管理员账户&lt;/li&gt;&lt;li&gt;区域平台连接（可以以后再填）&lt;/li&gt;&lt;li&gt;居民名单（可以以后再导入）&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;最后一步核对后一次写入；任何一步出错都不会留下改动，中途取消也一样。&lt;/p&gt;&lt;p&gt;已有机构设置文件（clinic.json）时，也可以不用向导：&lt;br/&gt;&lt;code&gt;jiayi --setup clinic.json&lt;/code&gt; 或 &lt;code&gt;jiayi-cli setup --from clinic.json&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;键盘：Enter 下一步，Alt+B 上一步，Tab 在各项之间移动，Esc 取消。&lt;/p&gt;</source>
        <translation>&lt;p&gt;The next steps describe the clinic:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;the clinic's name and unified social credit code&lt;/li&gt;&lt;li&gt;the township (or subdistrict) and its villages (or communities), with their statistical area codes&lt;/li&gt;&lt;li&gt;the family-doctor teams, their members and the villages each serves&lt;/li&gt;&lt;li&gt;the administrator's account&lt;/li&gt;&lt;li&gt;the regional platform connection (can be entered later)&lt;/li&gt;&lt;li&gt;the resident list (can be imported later)&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is written at once after the last step; if any step fails nothing is left behind, and the same when cancelling.&lt;/p&gt;&lt;p&gt;With a clinic setup file (clinic.json) the wizard is not needed:&lt;br/&gt;&lt;code&gt;jiayi --setup clinic.json&lt;/code&gt; or &lt;code&gt;jiayi-cli setup --from clinic.json&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Keyboard: Enter next, Alt+B back, Tab between fields, Esc cancel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
</context>
<context>
    <name>Gui::WorkListWidget</name>
    <message>
        <source>全部村（居委会）</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>全部团队</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>到期月份</source>
        <translation>Expiry month</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>本月到期签约</source>
        <translation>Contracts expiring this month</translation>
    </message>
    <message>
        <source>未签约的重点人群</source>
        <translation>Unsigned key population</translation>
    </message>
    <message>
        <source>部分成员签约的家庭</source>
        <translation>Partly signed households</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>打印日期</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>共计</source>
        <translation>Count</translation>
    </message>
    <message numerus="yes">
        <source>%n 条</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::WorklistPage</name>
    <message>
        <source>该居民没有在管的慢病登记，请先登记</source>
        <translation>The resident has no open chronic registration; register them first</translation>
    </message>
    <message>
        <source>全部项目</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>本机待办</source>
        <translation>This workstation's queue</translation>
    </message>
    <message>
        <source>只看逾期(&amp;O)</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>打印走访单 (Ctrl+P)</source>
        <translation>Print round sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Enter 打开该项的表单，保存后该项移出清单；F5 刷新；Ctrl+P 打印走访单</source>
        <translation>Enter opens the item's form; once saved the item leaves the list. F5 refresh, Ctrl+P round sheet</translation>
    </message>
    <message>
        <source>村(&amp;V)</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>项目(&amp;J)</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>打印走访单</source>
        <translation>Print the round sheet</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>我负责的全部村</source>
        <translation>All my villages</translation>
    </message>
    <message>
        <source>正在生成清单……</source>
        <translation>Building the list…</translation>
    </message>
    <message>
        <source>已停止生成清单</source>
        <translation>Stopped building the list</translation>
    </message>
    <message>
        <source>%1 %2（逾期 %3）</source>
        <translation>%1 %2 (%3 overdue)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2：没有到期或逾期的工作</source>
        <translation>%1 %2: nothing due or overdue</translation>
    </message>
    <message>
        <source>%1 %2：共 %3 项，其中逾期 %4 项　｜　%5</source>
        <translation>%1 %2: %3 items, %4 overdue  |  %5</translation>
    </message>
    <message>
        <source>您的角色无权查看：%1</source>
        <translation>Your role may not view: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>此项没有可打开的表单</source>
        <translation>This item has no form to open</translation>
    </message>
    <message>
        <source>入户走访单</source>
        <translation>Round sheet</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>今日工作清单</source>
        <translation>Today's work list</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>这一项的表单不可用</source>
        <translation>The form of this item is not available</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>该居民在 %1 至 %2 已与「%3」签约（协议号 %4）；同一时间只能与一个家庭医生团队签约</source>
        <translation>This resident is already signed with “%3” from %1 to %2 (contract no. %4); a resident can be signed with only one family-doctor team at a time</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>读取签约数据失败</source>
        <translation>Failed to read contract data</translation>
    </message>
</context>
<context>
    <name>Models::AuditListModel</name>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>去标识化导出</source>
        <translation>De-identified export</translation>
    </message>
    <message>
        <source>电子签名</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>导入名单</source>
        <translation>Import list</translation>
    </message>
    <message>
        <source>导出名单</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>排除重复档案</source>
        <translation>Dismiss duplicate</translation>
    </message>
    <message>
        <source>接种规则例外</source>
        <translation>Vaccination rule override</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>修改备份计划</source>
        <translation>Change backup schedule</translation>
    </message>
    <message>
        <source>校验备份</source>
        <translation>Verify backup</translation>
    </message>
    <message>
        <source>同步设置</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>慢病登记</source>
        <translation>Chronic-disease registration</translation>
    </message>
    <message>
        <source>慢病目标人群</source>
        <translation>Chronic-disease target population</translation>
    </message>
    <message>
        <source>接种记录</source>
        <translation>Vaccination record</translation>
    </message>
    <message>
        <source>疫苗批号</source>
        <translation>Vaccine lot</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>签约团队</source>
        <translation>Contract team</translation>
    </message>
    <message>
        <source>服务包</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <source>档案合并</source>
        <translation>Record merge</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>备份计划</source>
        <translation>Backup schedule</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>个人基本信息表</source>
        <translation>Personal Basic Information Form</translation>
    </message>
    <message>
        <source>健康体检表</source>
        <translation>Health Examination Form</translation>
    </message>
    <message>
        <source>接诊记录</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>慢病随访记录</source>
        <translation>Chronic disease follow-ups</translation>
    </message>
    <message>
        <source>经过</source>
        <translation>Elapsed</translation>
    </message>
</context>
<context>
    <name>Models::AuditRepository</name>
    <message>
        <source>审计日志第 %1 条记录缺失（被删除）</source>
        <translation>Audit log entry %1 is missing (deleted)</translation>
    </message>
    <message>
        <source>审计日志第 %1 条记录被修改（内容与其哈希不符）</source>
        <translation>Audit log entry %1 was modified (its content does not match its hash)</translation>
    </message>
    <message>
        <source>审计日志在第 %1 条处断链（前一条记录被修改或删除）</source>
        <translation>Audit log chain broken at entry %1 (the previous entry was modified or deleted)</translation>
    </message>
    <message>
        <source>审计日志末尾的第 %1 至 %2 条记录缺失（被删除）</source>
        <translation>Audit log entries %1 to %2 at the end are missing (deleted)</translation>
    </message>
    <message>
        <source>审计日志完整：共 %1 条，哈希链无断裂</source>
        <translation>Audit log intact: %1 entries, hash chain unbroken</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间(UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>对象ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>哈希</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>Models::AuditSentences</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>诊断 %1</source>
        <translation>Diagnosis %1</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg</source>
        <translation>BP %1/%2 mmHg</translation>
    </message>
    <message>
        <source>体检日期 %1</source>
        <translation>Health check date %1</translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 的居民档案</source>
        <extracomment>"王医生 查看 马帆 的居民档案"</extracomment>
        <translation>Health record of %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 %3 的%4</source>
        <extracomment>"王医生 新建 马帆 的接诊记录"</extracomment>
        <translation>%4 for %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <extracomment>"管理员 新建 用户"</extracomment>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>注销档案</source>
        <translation>Close record</translation>
    </message>
    <message>
        <source>迁入</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>恢复档案</source>
        <translation>Reopen record</translation>
    </message>
    <message>
        <source>档案状态：%1 %2（%3）</source>
        <extracomment>"档案状态：死亡 2026-11-02（脑卒中）"</extracomment>
        <translation>Record status: %1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Models::BackupScheduler</name>
    <message>
        <source>请选择备份文件夹</source>
        <translation>Choose a backup folder</translation>
    </message>
    <message>
        <source>间隔应为 1 到 168 小时</source>
        <translation>The interval must be 1 to 168 hours</translation>
    </message>
    <message>
        <source>请填写备份时间</source>
        <translation>Enter the backup time</translation>
    </message>
    <message>
        <source>保留份数应为 1 到 365</source>
        <translation>The number of copies to keep must be 1 to 365</translation>
    </message>
    <message>
        <source>请设置备份密码（自动备份用它加密，恢复时需要）</source>
        <translation>Set a backup password (automatic backups are encrypted with it, and restoring needs it)</translation>
    </message>
    <message>
        <source>无法创建备份文件夹：%1</source>
        <translation>Cannot create the backup folder: %1</translation>
    </message>
    <message>
        <source>新备份校验失败，旧备份均已保留：%1</source>
        <translation>The new backup failed verification; all old backups were kept: %1</translation>
    </message>
    <message>
        <source>没有设置自动备份计划（设置 → 备份）</source>
        <translation>No automatic backup schedule is set (Settings → Backup)</translation>
    </message>
</context>
<context>
    <name>Models::BackupService</name>
    <message>
        <source>无法读写文件：%1</source>
        <translation>Cannot read or write file: %1</translation>
    </message>
    <message>
        <source>备份文件已损坏或被篡改，未做任何恢复</source>
        <translation>The backup file is damaged or has been tampered with; nothing was restored</translation>
    </message>
    <message>
        <source>不是家医备份文件</source>
        <translation>Not a Jiayi backup file</translation>
    </message>
    <message>
        <source>备份密码至少需要 8 个字符</source>
        <translation>The backup password needs at least 8 characters</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>Database file does not exist: %1</translation>
    </message>
    <message>
        <source>备份文件不能覆盖数据库本身</source>
        <translation>The backup file cannot overwrite the database itself</translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>Cannot open database: %1</translation>
    </message>
    <message>
        <source>备份已取消</source>
        <translation>Backup cancelled</translation>
    </message>
    <message>
        <source>备份失败：无法读取数据库</source>
        <translation>Backup failed: cannot read the database</translation>
    </message>
    <message>
        <source>备份密码或恢复密钥不正确</source>
        <translation>Wrong backup password or recovery key</translation>
    </message>
    <message>
        <source>备份来自更新版本的家医（结构版本 %1），请先升级软件</source>
        <translation>The backup comes from a newer version of Jiayi (schema version %1); please upgrade the software first</translation>
    </message>
    <message>
        <source>无法生成备份密钥</source>
        <translation>Cannot generate the backup key</translation>
    </message>
    <message>
        <source>备份计划的密钥无效，请重新设置备份密码</source>
        <translation>The backup schedule's key is invalid; set the backup password again</translation>
    </message>
</context>
<context>
    <name>Models::BehindModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>逾期剂次</source>
        <translation>Overdue doses</translation>
    </message>
    <message>
        <source>最长逾期天数</source>
        <translation>Max. days overdue</translation>
    </message>
    <message>
        <source>逾期疫苗</source>
        <translation>Overdue vaccines</translation>
    </message>
</context>
<context>
    <name>Models::CareTimelineSources</name>
    <message>
        <source>2型糖尿病</source>
        <translation>Type 2 diabetes</translation>
    </message>
    <message>
        <source>高血压</source>
        <translation>Hypertension</translation>
    </message>
    <message>
        <source>控制满意</source>
        <translation>Controlled</translation>
    </message>
    <message>
        <source>控制不满意</source>
        <translation>Uncontrolled</translation>
    </message>
    <message>
        <source>不良反应</source>
        <translation>Adverse reaction</translation>
    </message>
    <message>
        <source>并发症</source>
        <translation>Complication</translation>
    </message>
    <message>
        <source>空腹血糖 %1 mmol/L</source>
        <translation>fasting glucose %1 mmol/L</translation>
    </message>
    <message>
        <source>，紧急转诊</source>
        <translation>, emergency referral</translation>
    </message>
    <message>
        <source>病种</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>测量</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>此次随访分类</source>
        <translation>Classification of this follow-up</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>%1随访</source>
        <translation>%1 follow-up</translation>
    </message>
    <message>
        <source>（外单位/补录）</source>
        <translation> (elsewhere / recorded later)</translation>
    </message>
    <message>
        <source>疫苗</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>疫苗编码</source>
        <translation>Vaccine code</translation>
    </message>
    <message>
        <source>生产企业</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Lot number</translation>
    </message>
    <message>
        <source>部位</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>途径</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>接种单位</source>
        <translation>Vaccinating clinic</translation>
    </message>
    <message>
        <source>接种者</source>
        <translation>Vaccinator</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>Immunization</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>，%1 解约</source>
        <translation>, terminated %1</translation>
    </message>
    <message>
        <source>协议号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>服务期</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>解约日期</source>
        <translation>Termination date</translation>
    </message>
    <message>
        <source>人群标签</source>
        <translation>Population tags</translation>
    </message>
    <message>
        <source>家庭医生签约</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>%1 第%2剂</source>
        <extracomment>a dose on the timeline: "乙肝疫苗 第2剂"</extracomment>
        <translation>%1 dose %2</translation>
    </message>
    <message>
        <source>剂次</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>第%1剂</source>
        <translation>Dose %1</translation>
    </message>
</context>
<context>
    <name>Models::ChildCheckRepository</name>
    <message>
        <source>新生儿家庭访视</source>
        <translation>Newborn home visit</translation>
    </message>
    <message>
        <source>1～8月龄儿童健康检查</source>
        <translation>Health check, 1-8 months</translation>
    </message>
    <message>
        <source>12～30月龄儿童健康检查</source>
        <translation>Health check, 12-30 months</translation>
    </message>
    <message>
        <source>3～6岁儿童健康检查</source>
        <translation>Health check, 3-6 years</translation>
    </message>
    <message>
        <source>儿童健康检查（增加）</source>
        <translation>Child health check (extra)</translation>
    </message>
    <message>
        <source>找不到该儿童</source>
        <translation>Child not found</translation>
    </message>
    <message>
        <source>请填写随访日期</source>
        <translation>Enter the follow-up date</translation>
    </message>
    <message>
        <source>该儿童的档案已在此日期前关闭</source>
        <translation>This child's record was closed before this date</translation>
    </message>
    <message>
        <source>儿童健康管理只到7岁前</source>
        <translation>Child health management ends before age 7</translation>
    </message>
    <message>
        <source>随访日期应在出生日期与今天之间</source>
        <translation>The visit date must be between the birth date and today</translation>
    </message>
    <message>
        <source>血红蛋白应在 30–250 g/L 之间</source>
        <translation>Haemoglobin must be between 30 and 250 g/L</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次</source>
        <translation>The next visit date must be after this one</translation>
    </message>
    <message>
        <source>表单类型有误</source>
        <translation>Wrong form type</translation>
    </message>
</context>
<context>
    <name>Models::ChildTimeline</name>
    <message>
        <source>体重 %1 kg</source>
        <translation>Weight %1 kg</translation>
    </message>
    <message>
        <source>身高 %1 cm</source>
        <translation>Height %1 cm</translation>
    </message>
    <message>
        <source>身长 %1 cm</source>
        <translation>Length %1 cm</translation>
    </message>
    <message>
        <source>头围 %1 cm</source>
        <translation>Head %1 cm</translation>
    </message>
    <message>
        <source>年龄别体重 Z=%1 </source>
        <translation>Weight-for-age Z=%1 </translation>
    </message>
    <message>
        <source>年龄别身长/身高 Z=%1</source>
        <translation>Length/height-for-age Z=%1</translation>
    </message>
    <message>
        <source>测量</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>生长评价</source>
        <translation>Growth assessment</translation>
    </message>
    <message>
        <source>生长标记</source>
        <translation>Growth flags</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>读取儿童健康检查失败</source>
        <translation>Could not read the child health checks</translation>
    </message>
    <message>
        <source>%1检查逾期</source>
        <translation>%1 check overdue</translation>
    </message>
    <message>
        <source>%1检查到期</source>
        <translation>%1 check due</translation>
    </message>
    <message>
        <source>生长：%1</source>
        <translation>Growth: %1</translation>
    </message>
</context>
<context>
    <name>Models::ChronicLifeParticipant</name>
    <message>
        <source>%1 管理登记</source>
        <translation>%1 registration</translation>
    </message>
    <message>
        <source>日期不能早于该居民最近一次慢病随访（%1）</source>
        <translation>The date cannot be before the resident's last chronic follow-up (%1)</translation>
    </message>
    <message>
        <source>档案注销：%1</source>
        <translation>Record closed: %1</translation>
    </message>
</context>
<context>
    <name>Models::ChronicRepository</name>
    <message>
        <source>找不到该慢病登记</source>
        <translation>Chronic-disease registration not found</translation>
    </message>
    <message>
        <source>请选择登记的疾病（高血压或2型糖尿病）</source>
        <translation>Choose the disease to register (hypertension or type 2 diabetes)</translation>
    </message>
    <message>
        <source>请从编码表选择与该疾病相符的 ICD-10 诊断编码（%1）</source>
        <translation>Choose an ICD-10 diagnosis code from the code table that matches the disease (%1)</translation>
    </message>
    <message>
        <source>确诊日期不能晚于今天</source>
        <translation>The diagnosis date cannot be after today</translation>
    </message>
    <message>
        <source>登记日期应在确诊日期与今天之间</source>
        <translation>The registration date must be between the diagnosis date and today</translation>
    </message>
    <message>
        <source>危险分层应为低危、中危、高危或很高危</source>
        <translation>The risk level must be low, medium, high or very high</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>该居民已在%1管理中</source>
        <translation>This resident is already under %1 management</translation>
    </message>
    <message>
        <source>该登记已结案</source>
        <translation>This registration is already closed</translation>
    </message>
    <message>
        <source>请选择结案原因（迁出、死亡、失访、其他）</source>
        <translation>Choose the closing reason (moved away, died, lost to follow-up, other)</translation>
    </message>
    <message>
        <source>结案日期应在登记日期与今天之间</source>
        <translation>The closing date must be between the registration date and today</translation>
    </message>
    <message>
        <source>请填写死亡原因</source>
        <translation>Enter the cause of death</translation>
    </message>
    <message>
        <source>请填写结案原因</source>
        <translation>Enter the closing reason</translation>
    </message>
    <message>
        <source>BMI %1 超出 10–60，请核实身高体重</source>
        <translation>BMI %1 is outside 10–60; check height and weight</translation>
    </message>
    <message>
        <source>连续 %1 次随访血压完全相同（%2/%3 mmHg），请核实是否实测</source>
        <translation>Blood pressure identical at %1 consecutive follow-ups (%2/%3 mmHg); check that it was actually measured</translation>
    </message>
    <message>
        <source>随访日期不能早于确诊日期（%1）</source>
        <translation>The follow-up date cannot be before the diagnosis date (%1)</translation>
    </message>
    <message>
        <source>该登记已于 %1 结案</source>
        <translation>This registration was closed on %1</translation>
    </message>
    <message>
        <source>找不到要更正的随访记录</source>
        <translation>The follow-up to correct was not found</translation>
    </message>
    <message>
        <source>应管理人数应为正整数</source>
        <translation>The number to be managed must be a positive whole number</translation>
    </message>
    <message>
        <source>%1应在 %2–%3 %4 之间</source>
        <translation>%1 must be within %2–%3 %4</translation>
    </message>
    <message>
        <source>请填写随访日期</source>
        <translation>Enter the follow-up date</translation>
    </message>
    <message>
        <source>随访日期不能晚于今天</source>
        <translation>The follow-up date cannot be after today</translation>
    </message>
    <message>
        <source>请选择随访方式</source>
        <translation>Choose the follow-up method</translation>
    </message>
    <message>
        <source>请填写血压</source>
        <translation>Enter the blood pressure</translation>
    </message>
    <message>
        <source>请填写空腹血糖</source>
        <translation>Enter the fasting blood glucose</translation>
    </message>
    <message>
        <source>收缩压</source>
        <translation>Systolic</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>Diastolic</translation>
    </message>
    <message>
        <source>收缩压应高于舒张压</source>
        <translation>Systolic pressure must be higher than diastolic</translation>
    </message>
    <message>
        <source>心率</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <source>次/分</source>
        <translation>bpm</translation>
    </message>
    <message>
        <source>空腹血糖</source>
        <translation>Fasting glucose</translation>
    </message>
    <message>
        <source>糖化血红蛋白</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>体重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>目标体重</source>
        <translation>Target weight</translation>
    </message>
    <message>
        <source>日吸烟量</source>
        <translation>Cigarettes per day</translation>
    </message>
    <message>
        <source>支</source>
        <translation>cigarettes</translation>
    </message>
    <message>
        <source>目标日吸烟量</source>
        <translation>Target cigarettes per day</translation>
    </message>
    <message>
        <source>日饮酒量</source>
        <translation>Daily alcohol</translation>
    </message>
    <message>
        <source>两</source>
        <translation>liang</translation>
    </message>
    <message>
        <source>目标日饮酒量</source>
        <translation>Target daily alcohol</translation>
    </message>
    <message>
        <source>运动次数</source>
        <translation>Exercise sessions</translation>
    </message>
    <message>
        <source>次/周</source>
        <translation>times/week</translation>
    </message>
    <message>
        <source>每次运动时间</source>
        <translation>Minutes per session</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>min</translation>
    </message>
    <message>
        <source>目标运动次数</source>
        <translation>Target exercise sessions</translation>
    </message>
    <message>
        <source>目标每次运动时间</source>
        <translation>Target minutes per session</translation>
    </message>
    <message>
        <source>主食</source>
        <translation>Staple food</translation>
    </message>
    <message>
        <source>克/天</source>
        <translation>g/day</translation>
    </message>
    <message>
        <source>目标主食</source>
        <translation>Target staple food</translation>
    </message>
    <message>
        <source>未知的症状代码：%1</source>
        <translation>Unknown symptom code: %1</translation>
    </message>
    <message>
        <source>摄盐情况应为轻、中或重</source>
        <translation>Salt intake must be light, moderate or heavy</translation>
    </message>
    <message>
        <source>请从选项中选择</source>
        <translation>Choose from the options</translation>
    </message>
    <message>
        <source>每种药物须填写药名和每日次数（1–12）</source>
        <translation>Each medicine needs a name and times per day (1–12)</translation>
    </message>
    <message>
        <source>请填写糖化血红蛋白的检查日期</source>
        <translation>Enter the HbA1c test date</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次随访日期</source>
        <translation>The next follow-up date must be after this follow-up date</translation>
    </message>
    <message>
        <source>请描述药物不良反应</source>
        <translation>Describe the adverse drug reaction</translation>
    </message>
    <message>
        <source>%1：%2，不能登记管理</source>
        <translation>%1: %2, cannot be registered</translation>
    </message>
</context>
<context>
    <name>Models::ChronicRules</name>
    <message>
        <source>慢病随访规则文件有误：%1</source>
        <translation>Error in the chronic follow-up rules file: %1</translation>
    </message>
    <message>
        <source>控制满意</source>
        <translation>Controlled</translation>
    </message>
    <message>
        <source>控制不满意</source>
        <translation>Uncontrolled</translation>
    </message>
    <message>
        <source>不良反应</source>
        <translation>Adverse reaction</translation>
    </message>
    <message>
        <source>并发症</source>
        <translation>Complication</translation>
    </message>
    <message>
        <source>2型糖尿病</source>
        <translation>Type 2 diabetes</translation>
    </message>
    <message>
        <source>高血压</source>
        <translation>Hypertension</translation>
    </message>
    <message>
        <source>programme 应为 hypertension 或 diabetes</source>
        <translation>programme must be hypertension or diabetes</translation>
    </message>
    <message>
        <source>请给出随访日期（YYYY-MM-DD）</source>
        <translation>Give the follow-up date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>age 应为整数</source>
        <translation>age must be a whole number</translation>
    </message>
    <message>
        <source>收缩压应为整数（mmHg）</source>
        <translation>Systolic pressure must be a whole number (mmHg)</translation>
    </message>
    <message>
        <source>舒张压应为整数（mmHg）</source>
        <translation>Diastolic pressure must be a whole number (mmHg)</translation>
    </message>
    <message>
        <source>空腹血糖应为数字（mmol/L）</source>
        <translation>Fasting blood glucose must be a number (mmol/L)</translation>
    </message>
    <message>
        <source>心率应为整数（次/分）</source>
        <translation>Heart rate must be a whole number (bpm)</translation>
    </message>
    <message>
        <source>体温应为数字（℃）</source>
        <translation>Temperature must be a number (℃)</translation>
    </message>
    <message>
        <source>未知的症状代码：%1</source>
        <translation>Unknown symptom code: %1</translation>
    </message>
    <message>
        <source>previous_class 应为 controlled、uncontrolled、adverse_reaction、complication 或 null</source>
        <translation>previous_class must be controlled, uncontrolled, adverse_reaction, complication or null</translation>
    </message>
    <message>
        <source>找不到慢病随访规则：%1</source>
        <translation>Chronic follow-up rules not found: %1</translation>
    </message>
    <message>
        <source>请填写随访日期</source>
        <translation>Enter the follow-up date</translation>
    </message>
    <message>
        <source>高血压随访须填写血压</source>
        <translation>A hypertension follow-up needs the blood pressure</translation>
    </message>
    <message>
        <source>糖尿病随访须填写空腹血糖</source>
        <translation>A diabetes follow-up needs the fasting blood glucose</translation>
    </message>
    <message>
        <source>收缩压和舒张压须同时填写</source>
        <translation>Enter both systolic and diastolic pressure</translation>
    </message>
    <message>
        <source>空腹血糖 %1 mmol/L，未达到控制目标（&lt; %2）</source>
        <translation>Fasting blood glucose %1 mmol/L, control target not met (&lt; %2)</translation>
    </message>
    <message>
        <source>空腹血糖 %1 mmol/L，达到控制目标（&lt; %2）</source>
        <translation>Fasting blood glucose %1 mmol/L, control target met (&lt; %2)</translation>
    </message>
    <message>
        <source>（%1 岁，适用目标 %2）</source>
        <translation> (age %1, target %2 applies)</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg，未达到控制目标（&lt; %3/%4）%5</source>
        <translation>Blood pressure %1/%2 mmHg, control target not met (&lt; %3/%4)%5</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg，达到控制目标（&lt; %3/%4）%5</source>
        <translation>Blood pressure %1/%2 mmHg, control target met (&lt; %3/%4)%5</translation>
    </message>
    <message>
        <source>有药物不良反应</source>
        <translation>Adverse drug reactions</translation>
    </message>
    <message>
        <source>出现新的并发症或原有并发症加重</source>
        <translation>New complication, or an existing complication has worsened</translation>
    </message>
    <message>
        <source>收缩压 %1 ≥ %2 mmHg：危急情况</source>
        <translation>Systolic %1 ≥ %2 mmHg: emergency</translation>
    </message>
    <message>
        <source>舒张压 %1 ≥ %2 mmHg：危急情况</source>
        <translation>Diastolic %1 ≥ %2 mmHg: emergency</translation>
    </message>
    <message>
        <source>血糖 %1 ≥ %2 mmol/L：危急情况</source>
        <translation>Blood glucose %1 ≥ %2 mmol/L: emergency</translation>
    </message>
    <message>
        <source>血糖 %1 ≤ %2 mmol/L：低血糖危急情况</source>
        <translation>Blood glucose %1 ≤ %2 mmol/L: hypoglycemic emergency</translation>
    </message>
    <message>
        <source>心率 %1 次/分 &gt; %2：持续心动过速</source>
        <translation>Heart rate %1 bpm &gt; %2: persistent tachycardia</translation>
    </message>
    <message>
        <source>体温 %1 ℃ &gt; %2 ℃</source>
        <translation>Temperature %1 ℃ &gt; %2 ℃</translation>
    </message>
    <message>
        <source>危急症状：%1</source>
        <translation>Emergency symptoms: %1</translation>
    </message>
    <message>
        <source>危急情况：紧急转诊，2周内随访转诊结果</source>
        <translation>Emergency: urgent referral; follow up on the referral outcome within 2 weeks</translation>
    </message>
    <message>
        <source>新发或加重的并发症：建议转诊</source>
        <translation>New or worsening complication: referral recommended</translation>
    </message>
    <message>
        <source>连续两次随访控制不满意：建议转诊</source>
        <translation>Uncontrolled at two consecutive follow-ups: referral recommended</translation>
    </message>
    <message>
        <source>首次控制不满意：检查服药依从性，调整用药，2周内随访</source>
        <translation>First uncontrolled result: check medication adherence, adjust medication, follow up within 2 weeks</translation>
    </message>
    <message>
        <source>药物不良反应两次随访未能控制：建议转诊</source>
        <translation>Adverse drug reaction not controlled over two follow-ups: referral recommended</translation>
    </message>
    <message>
        <source>下次随访：%1 天内（%2）</source>
        <translation>Next follow-up: within %1 days (%2)</translation>
    </message>
    <message>
        <source>下次随访：常规 %1 个月后（%2）</source>
        <translation>Next follow-up: routine, in %1 months (%2)</translation>
    </message>
</context>
<context>
    <name>Models::ChronicWorklist</name>
    <message>
        <source>读取慢病数据失败</source>
        <translation>Failed to read chronic-disease data</translation>
    </message>
    <message>
        <source>本周到期</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>本月到期</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>本季度未随访</source>
        <translation>Not followed up this quarter</translation>
    </message>
    <message>
        <source>失访</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>全部在管</source>
        <translation>All under management</translation>
    </message>
    <message>
        <source>年份不正确</source>
        <translation>Invalid year</translation>
    </message>
    <message>
        <source>2型糖尿病患者管理率</source>
        <translation>Type 2 diabetes management rate</translation>
    </message>
    <message>
        <source>高血压患者管理率</source>
        <translation>Hypertension management rate</translation>
    </message>
    <message>
        <source>年内在管患者数 ÷ 辖区应管理患者数（需先设定应管理人数）</source>
        <translation>Patients under management in the year ÷ patients who should be managed in the area (set the expected number first)</translation>
    </message>
    <message>
        <source>2型糖尿病患者规范管理率</source>
        <translation>Type 2 diabetes standardized management rate</translation>
    </message>
    <message>
        <source>高血压患者规范管理率</source>
        <translation>Hypertension standardized management rate</translation>
    </message>
    <message>
        <source>年内面对面随访不少于 %1 次的患者数 ÷ 年内在管患者数</source>
        <translation>Patients with at least %1 face-to-face follow-ups in the year ÷ patients under management in the year</translation>
    </message>
    <message>
        <source>管理人群血糖控制率</source>
        <translation>Blood glucose control rate (managed patients)</translation>
    </message>
    <message>
        <source>管理人群血压控制率</source>
        <translation>Blood pressure control rate (managed patients)</translation>
    </message>
    <message>
        <source>年内最近一次随访空腹血糖 &lt; %1 mmol/L 的患者数 ÷ 年内在管患者数（无随访者计为未达标）</source>
        <translation>Patients whose latest follow-up in the year had fasting blood glucose &lt; %1 mmol/L ÷ patients under management in the year (patients without follow-up count as not at target)</translation>
    </message>
    <message>
        <source>年内最近一次随访血压 &lt; %1/%2 mmHg 的患者数 ÷ 年内在管患者数（无随访者计为未达标）</source>
        <translation>Patients whose latest follow-up in the year had blood pressure &lt; %1/%2 mmHg ÷ patients under management in the year (patients without follow-up count as not at target)</translation>
    </message>
    <message>
        <source>逾期及本周到期</source>
        <translation>Overdue or due this week</translation>
    </message>
</context>
<context>
    <name>Models::ChronicWorklistModel</name>
    <message>
        <source>未随访</source>
        <translation>Not followed up</translation>
    </message>
    <message>
        <source>已结案（失访）</source>
        <translation>Closed (lost to follow-up)</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>疾病</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>上次随访</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <source>上次分类</source>
        <translation>Last classification</translation>
    </message>
    <message>
        <source>应随访日期</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>Responsible doctor</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Models::ClinicSetup</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>机构：%1（%2）</source>
        <translation>Clinic: %1 (%2)</translation>
    </message>
    <message>
        <source>新增区划：%1 %2</source>
        <translation>Division added: %1 %2</translation>
    </message>
    <message>
        <source>区划改名：%1 %2 → %3</source>
        <translation>Division renamed: %1 %2 → %3</translation>
    </message>
    <message>
        <source>新增用户：%1（%2）</source>
        <translation>User added: %1 (%2)</translation>
    </message>
    <message>
        <source>新增团队：%1</source>
        <translation>Team added: %1</translation>
    </message>
    <message>
        <source>更新团队：%1</source>
        <translation>Team updated: %1</translation>
    </message>
    <message>
        <source>团队成员：%1 → %2</source>
        <translation>Team members: %1 → %2</translation>
    </message>
    <message>
        <source>区域平台</source>
        <translation>Regional platform</translation>
    </message>
    <message>
        <source>区域平台：%1</source>
        <translation>Regional platform: %1</translation>
    </message>
    <message>
        <source>缺少此项</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>应为文字（用双引号括起）</source>
        <translation>Must be text (in double quotes)</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>应为列表（方括号 [ ]）</source>
        <translation>Must be a list (square brackets [ ])</translation>
    </message>
    <message>
        <source>应为对象（花括号 { }）</source>
        <translation>Must be an object (curly braces { })</translation>
    </message>
    <message>
        <source>区划代码应为 %1 位数字：%2</source>
        <translation>Division code must be %1 digits: %2</translation>
    </message>
    <message>
        <source>代码 %1 不属于上级区划 %2</source>
        <translation>Code %1 does not belong to parent division %2</translation>
    </message>
    <message>
        <source>请给出 password（初始密码）或 password_file（密码文件）中的一项</source>
        <translation>Give either password (initial password) or password_file (password file)</translation>
    </message>
    <message>
        <source>无法读取密码文件：%1</source>
        <translation>Cannot read the password file: %1</translation>
    </message>
    <message>
        <source>密码文件是空的：%1</source>
        <translation>Password file is empty: %1</translation>
    </message>
    <message>
        <source>至少需要一个乡镇（街道）</source>
        <translation>At least one township (subdistrict) is required</translation>
    </message>
    <message>
        <source>区划代码重复：%1</source>
        <translation>Duplicate division code: %1</translation>
    </message>
    <message>
        <source>至少需要一个村（居委会）</source>
        <translation>At least one village (residents' committee) is required</translation>
    </message>
    <message>
        <source>村名重复：%1（导入名单时按村名找村，村名须唯一）</source>
        <translation>Duplicate village name: %1 (villages are matched by name when importing lists, so names must be unique)</translation>
    </message>
    <message>
        <source>用户名应为 2-32 个字母、数字、下划线、点或减号</source>
        <translation>The user name must be 2-32 letters, digits, underscores, dots or hyphens</translation>
    </message>
    <message>
        <source>用户名重复：%1</source>
        <translation>Duplicate username: %1</translation>
    </message>
    <message>
        <source>团队名称重复：%1</source>
        <translation>Duplicate team name: %1</translation>
    </message>
    <message>
        <source>乡镇 %1 不在本文件的 townships 中</source>
        <translation>Township %1 is not in this file's townships</translation>
    </message>
    <message>
        <source>村 %1 不在本文件的 villages 中</source>
        <translation>Village %1 is not in this file's villages</translation>
    </message>
    <message>
        <source>角色应为 doctor（家庭医生）、village_worker（乡村医生）、nurse（护士）或 public_health（公卫医生）：%1</source>
        <translation>Role must be doctor (family doctor), village_worker (village doctor), nurse (nurse) or public_health (public health doctor): %1</translation>
    </message>
    <message>
        <source>平台地址应以 https:// 开头：%1</source>
        <translation>Platform URL must start with https://: %1</translation>
    </message>
    <message>
        <source>找不到 CA 证书文件：%1</source>
        <translation>CA certificate file not found: %1</translation>
    </message>
    <message>
        <source>第 %1 行第 %2 列</source>
        <translation>Row %1, column %2</translation>
    </message>
    <message>
        <source>不是有效的 JSON：%1</source>
        <translation>Not valid JSON: %1</translation>
    </message>
    <message>
        <source>设置文件应是一个 JSON 对象（花括号 { }）</source>
        <translation>The settings file must be a JSON object (curly braces { })</translation>
    </message>
    <message>
        <source>未知的项（可用的项：%1）</source>
        <translation>Unknown key (valid keys: %1)</translation>
    </message>
    <message>
        <source>机构代码应为 1-40 个字母、数字或减号</source>
        <translation>Clinic code must be 1–40 letters, digits or hyphens</translation>
    </message>
    <message>
        <source>无法读取设置文件</source>
        <translation>Cannot read the settings file</translation>
    </message>
</context>
<context>
    <name>Models::ClinicalRanges</name>
    <message>
        <source>应在 %1–%2 %3 之间</source>
        <translation>Must be within %1–%2 %3</translation>
    </message>
    <message>
        <source>%1 %2 很少见（常见 %3–%4），请确认</source>
        <translation>%1 %2 is unusual (usually %3–%4); please confirm</translation>
    </message>
</context>
<context>
    <name>Models::ContractBadges</name>
    <message>
        <source>签约待续约（%1 到期）</source>
        <translation>Contract awaiting renewal (expired %1)</translation>
    </message>
    <message>
        <source>签约即将到期（%1）</source>
        <translation>Contract expiring soon (%1)</translation>
    </message>
    <message>
        <source>已签约（至 %1）</source>
        <translation>Under contract (until %1)</translation>
    </message>
    <message>
        <source>已完成 %1</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1天内到期 %2</source>
        <translation>%2 due within %1 days</translation>
    </message>
    <message>
        <source>签约服务：%1</source>
        <translation>Contract services: %1</translation>
    </message>
</context>
<context>
    <name>Models::ContractHistoryModel</name>
    <message>
        <source>协议号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>签约医生</source>
        <translation>Contract doctor</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>服务包</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <source>人群标签</source>
        <translation>Population tags</translation>
    </message>
    <message>
        <source>（已续约）</source>
        <translation> (renewed)</translation>
    </message>
</context>
<context>
    <name>Models::ContractIndicators</name>
    <message>
        <source>统计期间不正确（开始日期应不晚于结束日期）</source>
        <translation>Invalid reporting period (the start date must not be after the end date)</translation>
    </message>
    <message>
        <source>读取签约数据失败</source>
        <translation>Failed to read contract data</translation>
    </message>
</context>
<context>
    <name>Models::ContractRepository</name>
    <message>
        <source>找不到该签约协议</source>
        <translation>Contract not found</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>签约期限应在 1 到 5 年之间</source>
        <translation>The contract term must be between 1 and 5 years</translation>
    </message>
    <message>
        <source>开始日期不能早于签约日期一个月以上</source>
        <translation>The start date cannot be more than one month before the signing date</translation>
    </message>
    <message>
        <source>请选择签约方式</source>
        <translation>Choose the signing channel</translation>
    </message>
    <message>
        <source>请选择签约团队</source>
        <translation>Choose the contract team</translation>
    </message>
    <message>
        <source>请选择本团队的签约医生</source>
        <translation>Choose a contract doctor from this team</translation>
    </message>
    <message>
        <source>签约医生应为家庭医生或乡村医生（%1 是%2）</source>
        <translation>The contract doctor must be a family doctor or village doctor (%1 is %2)</translation>
    </message>
    <message>
        <source>未知的人群类别：%1</source>
        <translation>Unknown population category: %1</translation>
    </message>
    <message>
        <source>请至少选择一个服务包</source>
        <translation>Choose at least one service package</translation>
    </message>
    <message>
        <source>服务包「%1」已停用</source>
        <translation>Service package “%1” is discontinued</translation>
    </message>
    <message>
        <source>服务包「%1」只适用于：%2</source>
        <translation>Service package “%1” is only for: %2</translation>
    </message>
    <message>
        <source>该居民在这段时间已有签约；同一时间只能与一个家庭医生团队签约</source>
        <translation>This resident already has a contract in this period; a resident can be signed with only one family-doctor team at a time</translation>
    </message>
    <message>
        <source>找不到该家庭或家庭中没有居民</source>
        <translation>Household not found, or it has no residents</translation>
    </message>
    <message>
        <source>家庭代表应是本户成员</source>
        <translation>The family representative must be a member of this household</translation>
    </message>
    <message>
        <source>所选居民不是本户成员</source>
        <translation>The selected resident is not a member of this household</translation>
    </message>
    <message>
        <source>该协议已续约</source>
        <translation>This contract has already been renewed</translation>
    </message>
    <message>
        <source>已解约的协议不能续约，请重新签约</source>
        <translation>A terminated contract cannot be renewed; sign a new contract</translation>
    </message>
    <message>
        <source>该协议已解约</source>
        <translation>This contract has already been terminated</translation>
    </message>
    <message>
        <source>请选择解约原因</source>
        <translation>Choose the termination reason</translation>
    </message>
    <message>
        <source>解约原因为“其他”时请填写说明</source>
        <translation>Enter notes when the termination reason is “Other”</translation>
    </message>
    <message>
        <source>解约日期应晚于协议开始日期</source>
        <translation>The termination date must be after the contract start date</translation>
    </message>
    <message>
        <source>解约日期晚于协议结束日期，协议届时已自然到期</source>
        <translation>The termination date is after the contract end date; the contract will already have expired by then</translation>
    </message>
    <message>
        <source>死亡或档案注销请在居民档案中登记（档案状态），签约随之终止</source>
        <translation>Record a death or a closed record on the resident's record (Record status); the contract ends with it</translation>
    </message>
    <message>
        <source>签约 %1（%2 至 %3）</source>
        <translation>Contract %1 (%2 to %3)</translation>
    </message>
    <message>
        <source>%1：%2，不能签约</source>
        <translation>%1: %2, cannot sign a contract</translation>
    </message>
</context>
<context>
    <name>Models::ContractRules</name>
    <message>
        <source>签约规则文件有误：%1</source>
        <translation>Error in the contract rules file: %1</translation>
    </message>
    <message>
        <source>待生效</source>
        <translation>Not yet in effect</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>待续约</source>
        <translation>Awaiting renewal</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已解约</source>
        <translation>Terminated</translation>
    </message>
</context>
<context>
    <name>Models::ContractTaskModel</name>
    <message>
        <source>服务项目</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>第几次</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>应完成日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>逾期未做</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <source>待完成</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>Models::ContractTasks</name>
    <message>
        <source>请填写完成日期</source>
        <translation>Enter the completion date</translation>
    </message>
</context>
<context>
    <name>Models::CoverageModel</name>
    <message>
        <source>疫苗</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>剂次</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>应种</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>实种</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>接种率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>及时种</source>
        <translation>Given on time</translation>
    </message>
    <message>
        <source>及时接种率</source>
        <translation>Timely coverage</translation>
    </message>
</context>
<context>
    <name>Models::CreditCode</name>
    <message>
        <source>请填写统一社会信用代码（18 位）</source>
        <translation>Enter the unified social credit code (18 characters)</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位，现在是 %1 位</source>
        <translation>A unified social credit code has 18 characters, not %1</translation>
    </message>
    <message>
        <source>第 %1 位“%2”不是统一社会信用代码用的字符（数字，或除 I、O、S、V、Z 以外的大写字母）</source>
        <translation>Character %1 “%2” is not used in unified social credit codes (digits, or capitals other than I, O, S, V, Z)</translation>
    </message>
    <message>
        <source>第 3-8 位是行政区划代码，应为数字</source>
        <translation>Characters 3-8 are the administrative division code and must be digits</translation>
    </message>
    <message>
        <source>校验位不符，请逐位核对（按前 17 位，第 18 位应为 %1）</source>
        <translation>The check character does not match; check every character (from the first 17, the 18th would be %1)</translation>
    </message>
</context>
<context>
    <name>Models::Crypto</name>
    <message>
        <source>未知的密码算法套件：%1</source>
        <translation>Unknown cipher suite: %1</translation>
    </message>
    <message>
        <source>解密失败：密码错误或数据已被篡改</source>
        <translation>Decryption failed: wrong password or the data has been tampered with</translation>
    </message>
</context>
<context>
    <name>Models::DailyWorklist</name>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>读取居民资料失败</source>
        <translation>Could not read the residents</translation>
    </message>
    <message>
        <source>请填写日期（YYYY-MM-DD）</source>
        <translation>Enter a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>村代码应为12位数字（乡镇9位、县6位）</source>
        <translation>The village code has 12 digits (township 9, county 6)</translation>
    </message>
    <message>
        <source>找不到该地区：%1</source>
        <translation>No such area: %1</translation>
    </message>
    <message>
        <source>本机待办</source>
        <translation>This workstation's queue</translation>
    </message>
</context>
<context>
    <name>Models::Database</name>
    <message>
        <source>保存失败：数据库拒绝了这次修改</source>
        <translation>Not saved: the database refused the change</translation>
    </message>
    <message>
        <source>数据库事务未能开始</source>
        <translation>The database transaction could not start</translation>
    </message>
    <message>
        <source>数据库文件无法读取</source>
        <translation>The database file cannot be read</translation>
    </message>
    <message>
        <source>文件不是有效的家医数据库</source>
        <translation>The file is not a valid Jiayi database</translation>
    </message>
    <message>
        <source>数据库操作失败</source>
        <translation>Database operation failed</translation>
    </message>
    <message>
        <source>缺少数据库升级脚本</source>
        <translation>A database upgrade script is missing</translation>
    </message>
    <message>
        <source>数据库升级到第 %1 版失败，数据库保持原样</source>
        <translation>Upgrading the database to version %1 failed; the database is unchanged</translation>
    </message>
    <message>
        <source>升级前备份失败，未做任何修改</source>
        <translation>The backup before upgrading failed; nothing was changed</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>Database file does not exist: %1</translation>
    </message>
    <message>
        <source>无法创建目录：%1</source>
        <translation>Cannot create folder: %1</translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>Cannot open database: %1</translation>
    </message>
    <message>
        <source>SQLite 驱动不可用</source>
        <translation>The SQLite driver is not available</translation>
    </message>
    <message>
        <source>数据库版本（%1）比本程序支持的版本（%2）新，请升级家医软件；文件未作任何修改</source>
        <translation>The database version (%1) is newer than this program supports (%2); please upgrade Jiayi. The file was not changed</translation>
    </message>
    <message>
        <source>加密数据库的密钥文件缺失：%1</source>
        <translation>The encrypted database's key file is missing: %1</translation>
    </message>
    <message>
        <source>数据库已加密，请先登录解锁：%1</source>
        <translation>The database is encrypted; log in to unlock it first: %1</translation>
    </message>
    <message>
        <source>加密模块未生效（SQLite 驱动未使用家医的加密 VFS），拒绝打开加密数据库</source>
        <translation>The encryption module is not active (the SQLite driver is not using Jiayi's encrypting VFS); refusing to open the encrypted database</translation>
    </message>
    <message>
        <source>已从升级前的备份恢复：%1</source>
        <translation>Restored from the pre-upgrade backup: %1</translation>
    </message>
    <message>
        <source>从备份恢复失败，请用备份 %1 替换数据库文件 %2</source>
        <translation>Restore from backup failed; replace database file %2 with backup %1</translation>
    </message>
</context>
<context>
    <name>Models::DeidentifiedExport</name>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>导出已取消</source>
        <translation>Export cancelled</translation>
    </message>
</context>
<context>
    <name>Models::DemoGenerator</name>
    <message>
        <source>居民人数应在 1 到 5000000 之间</source>
        <translation>The number of residents must be between 1 and 5,000,000</translation>
    </message>
    <message>
        <source>数据库中已有数据；演示数据只生成到空数据库中</source>
        <translation>The database already has data; demo data is only generated into an empty database</translation>
    </message>
    <message>
        <source>生成演示数据失败，数据库保持原样</source>
        <translation>Generating demo data failed; the database is unchanged</translation>
    </message>
    <message>
        <source>生成演示数据失败</source>
        <translation>Generating demo data failed</translation>
    </message>
</context>
<context>
    <name>Models::DraftStore</name>
    <message>
        <source>无法保存草稿：草稿目录不可写</source>
        <translation>Cannot save draft: the draft folder is not writable</translation>
    </message>
</context>
<context>
    <name>Models::Duplicates</name>
    <message>
        <source>身份证号相同</source>
        <translation>Same identity number</translation>
    </message>
    <message>
        <source>姓名和出生日期相同</source>
        <translation>Same name and date of birth</translation>
    </message>
    <message>
        <source>姓名和电话相同</source>
        <translation>Same name and phone</translation>
    </message>
    <message>
        <source>姓名拼音相同且出生日期相同</source>
        <translation>Same name pinyin and date of birth</translation>
    </message>
    <message>
        <source>同一户内姓名拼音相同</source>
        <translation>Same name pinyin in the same household</translation>
    </message>
    <message>
        <source>查找重复档案失败</source>
        <translation>Finding duplicate records failed</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>不能把档案与自身合并</source>
        <translation>A record cannot be merged with itself</translation>
    </message>
    <message>
        <source>找不到该合并记录</source>
        <translation>Merge record not found</translation>
    </message>
    <message>
        <source>该合并已撤销过</source>
        <translation>This merge has already been undone</translation>
    </message>
</context>
<context>
    <name>Models::ElderlyRepository</name>
    <message>
        <source>请填写不晚于今天的服务日期</source>
        <translation>Enter a service date no later than today</translation>
    </message>
    <message>
        <source>老年人健康管理服务对象为 65 岁及以上居民（服务日 %1 岁）</source>
        <translation>The elderly health service is for residents aged 65 and over (aged %1 on the service date)</translation>
    </message>
    <message>
        <source>生活自理能力评估的选项不正确</source>
        <translation>Invalid choice in the self-care assessment</translation>
    </message>
    <message>
        <source>健康状态自我评估应为 1～5</source>
        <translation>The health self-rating must be 1–5</translation>
    </message>
    <message>
        <source>MMSE 总分应为 0～30</source>
        <translation>The MMSE total must be 0–30</translation>
    </message>
    <message>
        <source>GDS 评分应为 0～30</source>
        <translation>The GDS score must be 0–30</translation>
    </message>
    <message>
        <source>下次服务日期应晚于本次</source>
        <translation>The next service date must be after this one</translation>
    </message>
    <message>
        <source>未知的健康指导项目：%1</source>
        <translation>Unknown guidance item: %1</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>所选体检记录不属于该居民</source>
        <translation>The chosen health check belongs to another resident</translation>
    </message>
    <message>
        <source>更正的记录不属于该居民</source>
        <translation>The corrected record does not belong to this resident</translation>
    </message>
    <message>
        <source>这条记录已经被更正过，请更正最新的版本</source>
        <translation>This record has already been corrected; correct the latest version</translation>
    </message>
    <message>
        <source>找不到该老年人健康管理记录</source>
        <translation>Elderly health service record not found</translation>
    </message>
</context>
<context>
    <name>Models::ElderlyService</name>
    <message>
        <source>纳入慢性病患者健康管理</source>
        <translation>Enrol in chronic disease management</translation>
    </message>
    <message>
        <source>建议复查</source>
        <translation>Re-check advised</translation>
    </message>
    <message>
        <source>建议转诊</source>
        <translation>Referral advised</translation>
    </message>
    <message>
        <source>健康生活方式</source>
        <translation>Healthy lifestyle</translation>
    </message>
    <message>
        <source>疫苗接种</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>骨质疏松预防</source>
        <translation>Osteoporosis prevention</translation>
    </message>
    <message>
        <source>防跌倒措施</source>
        <translation>Fall prevention</translation>
    </message>
    <message>
        <source>意外伤害预防和自救</source>
        <translation>Injury prevention and self-rescue</translation>
    </message>
    <message>
        <source>认知和情感</source>
        <translation>Cognition and mood</translation>
    </message>
    <message>
        <source>年度服务记录</source>
        <translation>Annual service record</translation>
    </message>
    <message>
        <source>生活自理能力评估</source>
        <translation>Self-care assessment</translation>
    </message>
    <message>
        <source>健康状态自我评估</source>
        <translation>Health self-rating</translation>
    </message>
    <message>
        <source>认知功能粗筛</source>
        <translation>Cognitive screen</translation>
    </message>
    <message>
        <source>简易智力状态检查总分</source>
        <translation>MMSE total</translation>
    </message>
    <message>
        <source>情感状态粗筛</source>
        <translation>Mood screen</translation>
    </message>
    <message>
        <source>老年抑郁量表评分</source>
        <translation>GDS score</translation>
    </message>
    <message>
        <source>健康体检（体格检查和辅助检查）</source>
        <translation>Health check (examination and tests)</translation>
    </message>
    <message>
        <source>健康指导</source>
        <translation>Health guidance</translation>
    </message>
    <message>
        <source>下次服务日期</source>
        <translation>Next service date</translation>
    </message>
</context>
<context>
    <name>Models::EncryptedDb</name>
    <message>
        <source>无法读写密钥文件：%1</source>
        <translation>Cannot read or write the key file: %1</translation>
    </message>
    <message>
        <source>密钥文件已损坏</source>
        <translation>The key file is damaged</translation>
    </message>
    <message>
        <source>加密数据库的密钥文件缺失：%1</source>
        <translation>The encrypted database's key file is missing: %1</translation>
    </message>
    <message>
        <source>密钥文件格式不对：%1</source>
        <translation>The key file has the wrong format: %1</translation>
    </message>
    <message>
        <source>数据库文件已存在：%1</source>
        <translation>The database file already exists: %1</translation>
    </message>
    <message>
        <source>密钥文件已存在：%1</source>
        <translation>The key file already exists: %1</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>Database file does not exist: %1</translation>
    </message>
    <message>
        <source>数据库已经加密：%1</source>
        <translation>The database is already encrypted: %1</translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>Cannot open database: %1</translation>
    </message>
    <message>
        <source>加密失败：无法复制数据库</source>
        <translation>Encryption failed: cannot copy the database</translation>
    </message>
    <message>
        <source>加密失败：新文件缺少保留字节</source>
        <translation>Encryption failed: the new file lacks the reserved bytes</translation>
    </message>
    <message>
        <source>加密失败：新文件未通过完整性检查</source>
        <translation>Encryption failed: the new file failed the integrity check</translation>
    </message>
    <message>
        <source>恢复密钥不正确</source>
        <translation>Wrong recovery key</translation>
    </message>
    <message>
        <source>数据库尚未解锁</source>
        <translation>The database is not unlocked yet</translation>
    </message>
    <message>
        <source>数据库文件已损坏或被篡改：%1 未通过完整性校验，已拒绝读取</source>
        <translation>The database file is damaged or has been tampered with: %1 failed its integrity check, so it was not read</translation>
    </message>
</context>
<context>
    <name>Models::FormSchema</name>
    <message>
        <source>“%1”的选项“%2”无效</source>
        <translation>Invalid option “%2” for “%1”</translation>
    </message>
    <message>
        <source>表单文件不是有效的 JSON</source>
        <translation>The form file is not valid JSON</translation>
    </message>
    <message>
        <source>表单文件 %1 没有任何栏目</source>
        <translation>The form file %1 has no sections</translation>
    </message>
    <message numerus="yes">
        <source>表单文件 %1 有 %n 处文字缺少英文：%2</source>
        <translation><numerusform>The form file %1 has %n text without English: %2</numerusform><numerusform>The form file %1 has %n texts without English: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>Models::GrowthAssessment</name>
    <message>
        <source>年龄别体重</source>
        <translation>Weight-for-age</translation>
    </message>
    <message>
        <source>年龄别身高</source>
        <translation>Height-for-age</translation>
    </message>
    <message>
        <source>年龄别身长</source>
        <translation>Length-for-age</translation>
    </message>
    <message>
        <source>身高别体重</source>
        <translation>Weight-for-height</translation>
    </message>
    <message>
        <source>身长别体重</source>
        <translation>Weight-for-length</translation>
    </message>
    <message>
        <source>年龄别BMI</source>
        <translation>BMI-for-age</translation>
    </message>
    <message>
        <source>年龄别头围</source>
        <translation>Head circumference-for-age</translation>
    </message>
    <message>
        <source>%1（重度）</source>
        <translation>%1 (severe)</translation>
    </message>
    <message>
        <source>性别应为 M（男）或 F（女）</source>
        <translation>Sex must be M (male) or F (female)</translation>
    </message>
    <message>
        <source>出生日期格式应为 YYYY-MM-DD</source>
        <translation>Birth date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天</source>
        <translation>The date of birth cannot be after today</translation>
    </message>
    <message>
        <source>测量日期格式应为 YYYY-MM-DD</source>
        <translation>Measurement date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>测量日期不能晚于今天</source>
        <translation>The measurement date cannot be after today</translation>
    </message>
    <message>
        <source>测量日期不能早于出生日期</source>
        <translation>The measurement date cannot be before the birth date</translation>
    </message>
    <message>
        <source>体重应在 0.3–60 kg 之间</source>
        <translation>Weight must be between 0.3 and 60 kg</translation>
    </message>
    <message>
        <source>身长（身高）应在 30–150 cm 之间</source>
        <translation>Length (height) must be between 30 and 150 cm</translation>
    </message>
    <message>
        <source>头围应在 20–65 cm 之间</source>
        <translation>Head circumference must be between 20 and 65 cm</translation>
    </message>
    <message>
        <source>请至少给出体重、身长（身高）或头围</source>
        <translation>Give at least weight, length (height) or head circumference</translation>
    </message>
    <message>
        <source>%1 应为数字</source>
        <translation>%1 must be a number</translation>
    </message>
    <message>
        <source>体重应大于 0</source>
        <translation>Weight must be greater than 0</translation>
    </message>
    <message>
        <source>身长（卧位）和身高（立位）只能给一个</source>
        <translation>Give either a lying length or a standing height, not both</translation>
    </message>
    <message>
        <source>下</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>上</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>超出WHO 2006标准的年龄范围（0–60月龄）</source>
        <translation>Beyond the age range of the WHO 2006 standards (0-60 months)</translation>
    </message>
    <message>
        <source>身高超出标准范围（65–120 cm）</source>
        <translation>Height outside the standard's range (65-120 cm)</translation>
    </message>
    <message>
        <source>身长超出标准范围（45–110 cm）</source>
        <translation>Length outside the standard's range (45-110 cm)</translation>
    </message>
    <message>
        <source>%1数值可疑，请复核</source>
        <translation>%1 value is implausible, please check</translation>
    </message>
</context>
<context>
    <name>Models::HealthRecordRepository</name>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>请填写接诊日期</source>
        <translation>Enter the visit date</translation>
    </message>
    <message>
        <source>接诊日期不能晚于今天</source>
        <translation>The visit date cannot be after today</translation>
    </message>
    <message>
        <source>接诊日期不能早于出生日期</source>
        <translation>The visit date cannot be before the date of birth</translation>
    </message>
    <message>
        <source>请选择接诊方式（门诊/出诊/电话）</source>
        <translation>Choose the visit type (clinic/home visit/phone)</translation>
    </message>
    <message>
        <source>请至少填写主诉或诊断</source>
        <translation>Enter at least the chief complaint or the diagnosis</translation>
    </message>
    <message>
        <source>诊断编码“%1”不是有效的 ICD-10 编码</source>
        <translation>Diagnosis code “%1” is not a valid ICD-10 code</translation>
    </message>
    <message>
        <source>请填写转诊原因</source>
        <translation>Enter the referral reason</translation>
    </message>
    <message>
        <source>找不到该接诊记录</source>
        <translation>Visit record not found</translation>
    </message>
    <message>
        <source>请填写体检日期</source>
        <translation>Enter the check-up date</translation>
    </message>
    <message>
        <source>体检日期不能晚于今天</source>
        <translation>The check-up date cannot be after today</translation>
    </message>
    <message>
        <source>体检日期不能早于出生日期</source>
        <translation>The check-up date cannot be before the date of birth</translation>
    </message>
    <message>
        <source>找不到该体检记录</source>
        <translation>Check-up record not found</translation>
    </message>
    <message>
        <source>联系人电话格式不对</source>
        <translation>Wrong format for the contact's phone</translation>
    </message>
    <message>
        <source>工作单位过长</source>
        <translation>Workplace is too long</translation>
    </message>
    <message>
        <source>更正的记录不属于该居民</source>
        <translation>The corrected record does not belong to this resident</translation>
    </message>
    <message>
        <source>这条记录已经被更正过，请更正最新的版本</source>
        <translation>This record has already been corrected; correct the latest version</translation>
    </message>
</context>
<context>
    <name>Models::IdNumber</name>
    <message>
        <source>请填写身份证号</source>
        <translation>Enter the identity number</translation>
    </message>
    <message>
        <source>身份证号应为18位（或15位旧号）</source>
        <translation>The identity number must have 18 characters (or 15 for a legacy number)</translation>
    </message>
    <message>
        <source>身份证号含有非法字符</source>
        <translation>The identity number contains invalid characters</translation>
    </message>
    <message>
        <source>身份证号中的出生日期不存在</source>
        <translation>The birth date in the identity number does not exist</translation>
    </message>
    <message>
        <source>身份证号中的出生日期早于1880年</source>
        <translation>The birth date in the identity number is before 1880</translation>
    </message>
    <message>
        <source>身份证号中的出生日期晚于今天</source>
        <translation>The birth date in the identity number is after today</translation>
    </message>
    <message>
        <source>身份证号校验位错误，应为 %1</source>
        <translation>Wrong check character in the identity number; it should be %1</translation>
    </message>
</context>
<context>
    <name>Models::ImmunizationCardModel</name>
    <message>
        <source>逾期%1天；%2</source>
        <translation>%1 days overdue; %2</translation>
    </message>
    <message>
        <source>补种：%1</source>
        <translation>Catch-up: %1</translation>
    </message>
    <message>
        <source>（%1天后）</source>
        <translation> (in %1 days)</translation>
    </message>
    <message>
        <source>%1起可种%2；%3</source>
        <translation>Can be given from %1%2; %3</translation>
    </message>
    <message>
        <source>·补种</source>
        <translation> · catch-up</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>This clinic</translation>
    </message>
    <message>
        <source>疫苗</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>剂次</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>接种/可种日期</source>
        <translation>Given/eligible date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>疫苗编码</source>
        <translation>Vaccine code</translation>
    </message>
    <message>
        <source>生产企业</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Lot number</translation>
    </message>
    <message>
        <source>有效期</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>部位</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>途径</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>接种单位</source>
        <translation>Vaccinating clinic</translation>
    </message>
    <message>
        <source>接种者</source>
        <translation>Vaccinator</translation>
    </message>
    <message>
        <source>%1
疫苗编码 %2　生产企业 %3　有效期 %4　接种单位 %5</source>
        <translation>%1
Vaccine code %2  Manufacturer %3  Expiry %4  Administered at %5</translation>
    </message>
    <message>
        <source>第%1剂</source>
        <translation>Dose %1</translation>
    </message>
</context>
<context>
    <name>Models::ImmunizationRepository</name>
    <message>
        <source>找不到该儿童</source>
        <translation>Child not found</translation>
    </message>
    <message>
        <source>读取接种资料失败</source>
        <translation>Failed to read vaccination data</translation>
    </message>
    <message>
        <source>请选择村</source>
        <translation>Choose the village</translation>
    </message>
    <message>
        <source>请选择疫苗</source>
        <translation>Choose the vaccine</translation>
    </message>
    <message>
        <source>疫苗编码与疫苗不符</source>
        <translation>The vaccine code does not match the vaccine</translation>
    </message>
    <message>
        <source>请填写接种日期</source>
        <translation>Enter the vaccination date</translation>
    </message>
    <message>
        <source>接种日期早于出生日期</source>
        <translation>The vaccination date is before the date of birth</translation>
    </message>
    <message>
        <source>接种日期不能晚于今天</source>
        <translation>The vaccination date cannot be after today</translation>
    </message>
    <message>
        <source>接种来源应为本单位或外单位</source>
        <translation>The source must be this clinic or another clinic</translation>
    </message>
    <message>
        <source>请从库存中选择疫苗批号</source>
        <translation>Choose a vaccine lot from stock</translation>
    </message>
    <message>
        <source>库存中没有该批号</source>
        <translation>This lot is not in stock</translation>
    </message>
    <message>
        <source>该批号不是%1</source>
        <translation>This lot is not %1</translation>
    </message>
    <message>
        <source>该批号已于%1过期，不能使用</source>
        <translation>This lot expired on %1 and cannot be used</translation>
    </message>
    <message>
        <source>不符合免疫程序：%1。如确需接种，请填写原因</source>
        <translation>Does not follow the immunization schedule: %1. If the dose is really needed, enter the reason</translation>
    </message>
    <message>
        <source>找不到要更正的接种记录</source>
        <translation>The vaccination record to correct was not found</translation>
    </message>
    <message>
        <source>请填写批号</source>
        <translation>Enter the lot number</translation>
    </message>
    <message>
        <source>请填写有效期</source>
        <translation>Enter the expiry date</translation>
    </message>
    <message>
        <source>该批号已过期，不能入库</source>
        <translation>This lot has expired and cannot be added to stock</translation>
    </message>
    <message>
        <source>该批号已在库存中</source>
        <translation>This lot is already in stock</translation>
    </message>
    <message>
        <source>未知健康状况</source>
        <translation>Unknown health condition</translation>
    </message>
    <message>
        <source>请选择拒种的疫苗</source>
        <translation>Choose the refused vaccine</translation>
    </message>
    <message>
        <source>类型应为健康状况或拒种</source>
        <translation>The type must be health condition or refusal</translation>
    </message>
    <message>
        <source>找不到该记录</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>该儿童已建证（%1）</source>
        <translation>This child already has a vaccination certificate (%1)</translation>
    </message>
    <message>
        <source>请填写建证日期</source>
        <translation>Enter the certificate issue date</translation>
    </message>
    <message>
        <source>请从列表中选择接种途径</source>
        <translation>Select the route from the list</translation>
    </message>
    <message>
        <source>请从列表中选择接种部位</source>
        <translation>Select the site from the list</translation>
    </message>
    <message>
        <source>该儿童的档案已于 %1 关闭（死亡、迁出或注销），不能登记此日及以后的接种</source>
        <translation>This child's record was closed on %1 (death, moved away or closed); no dose can be recorded on or after that day</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorCatalog</name>
    <message>
        <source>指标定义文件有误：%1</source>
        <translation>The indicator definition file is wrong: %1</translation>
    </message>
    <message>
        <source>指标“%1”的定义有误：%2</source>
        <translation>The definition of indicator “%1” is wrong: %2</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>%1缺少文字说明（words）</source>
        <translation>%1 lacks its words (words)</translation>
    </message>
    <message>
        <source>由接种程序计算的指标不能再写 SQL</source>
        <translation>An indicator computed by the immunization schedule takes no SQL</translation>
    </message>
    <message>
        <source>只有分母可以指定 count</source>
        <translation>Only a denominator may give a count</translation>
    </message>
    <message>
        <source>prevalence 应为 hypertension 或 diabetes</source>
        <translation>prevalence must be hypertension or diabetes</translation>
    </message>
    <message>
        <source>缺少设置 %1</source>
        <translation>Setting %1 is missing</translation>
    </message>
    <message>
        <source>未知的 count：%1</source>
        <translation>Unknown count: %1</translation>
    </message>
    <message>
        <source>无法读取指标定义文件：%1</source>
        <translation>Cannot read the indicator definition file: %1</translation>
    </message>
    <message>
        <source>设置的名称不正确或重复：%1</source>
        <translation>Setting name wrong or repeated: %1</translation>
    </message>
    <message>
        <source>设置 %1 缺少名称或来源</source>
        <translation>Setting %1 lacks a label or a source</translation>
    </message>
    <message>
        <source>设置 %1 的默认值不在 min 与 max 之间</source>
        <translation>The default of setting %1 is not between min and max</translation>
    </message>
    <message>
        <source>项目缺少 id 或名称</source>
        <translation>A programme lacks its id or name</translation>
    </message>
    <message>
        <source>没有任何指标</source>
        <translation>There are no indicators</translation>
    </message>
    <message>
        <source>id 只能由小写字母、数字和下划线组成</source>
        <translation>id may hold only lower-case letters, digits and underscores</translation>
    </message>
    <message>
        <source>id 重复</source>
        <translation>id repeated</translation>
    </message>
    <message>
        <source>缺少名称</source>
        <translation>Name missing</translation>
    </message>
    <message>
        <source>缺少来源（source）</source>
        <translation>Source missing (source)</translation>
    </message>
    <message>
        <source>未知的项目：%1</source>
        <translation>Unknown programme: %1</translation>
    </message>
    <message>
        <source>单位只能是 %</source>
        <translation>The unit can only be %</translation>
    </message>
    <message>
        <source>direction 应为 higher 或 lower</source>
        <translation>direction must be higher or lower</translation>
    </message>
    <message>
        <source>目标值应在 0 到 100 之间</source>
        <translation>The target must be between 0 and 100</translation>
    </message>
    <message>
        <source>目标缺少来源（target.source），没有目标时也要说明</source>
        <translation>The target lacks its source (target.source); say so also when there is no target</translation>
    </message>
    <message>
        <source>接种程序中没有疫苗系列 %1</source>
        <translation>The immunization schedule has no vaccine series %1</translation>
    </message>
    <message>
        <source>planner.measure 应为 given 或 timely</source>
        <translation>planner.measure must be given or timely</translation>
    </message>
    <message>
        <source>缺少 SQL</source>
        <translation>SQL missing</translation>
    </message>
    <message>
        <source>SQL 必须是一条 SELECT 语句</source>
        <translation>The SQL must be one SELECT statement</translation>
    </message>
    <message>
        <source>SQL 只能有一条语句</source>
        <translation>The SQL may hold one statement only</translation>
    </message>
    <message>
        <source>未知的标记 {%1}</source>
        <translation>Unknown marker {%1}</translation>
    </message>
    <message>
        <source>标记 {%1} 缺少表别名（如 {%1:r}）</source>
        <translation>Marker {%1} lacks a table alias (as in {%1:r})</translation>
    </message>
    <message>
        <source>标记 {%1} 不带别名</source>
        <translation>Marker {%1} takes no alias</translation>
    </message>
    <message>
        <source>标记 {key_population} 只能用于别名 r 的居民表</source>
        <translation>Marker {key_population} works only on the resident table aliased r</translation>
    </message>
    <message>
        <source>分母必须用 {living:别名} 限定期末在册人口</source>
        <translation>A denominator must use {living:alias} for the population at the period end</translation>
    </message>
    <message>
        <source>分母必须用 {area:别名} 限定所选辖区</source>
        <translation>A denominator must use {area:alias} for the chosen area</translation>
    </message>
    <message>
        <source>未知的参数 :%1</source>
        <translation>Unknown parameter :%1</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorEngine</name>
    <message>
        <source>没有这个指标：%1</source>
        <translation>No such indicator: %1</translation>
    </message>
    <message>
        <source>没有可用的指标定义</source>
        <translation>No indicator definitions are available</translation>
    </message>
    <message>
        <source>指标“%1”的%2 SQL 无法执行：%3</source>
        <translation>The %2 SQL of indicator “%1” cannot run: %3</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>年份不正确</source>
        <translation>Invalid year</translation>
    </message>
    <message>
        <source>该年尚未开始</source>
        <translation>That year has not begun</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>读取指标数据失败</source>
        <translation>Reading the indicator data failed</translation>
    </message>
    <message>
        <source>计算指标“%1”失败</source>
        <translation>Computing indicator “%1” failed</translation>
    </message>
    <message>
        <source>已取消计算</source>
        <translation>Computation cancelled</translation>
    </message>
    <message>
        <source>没有这个村：%1</source>
        <translation>No such village: %1</translation>
    </message>
    <message>
        <source>没有这个乡镇：%1</source>
        <translation>No such township: %1</translation>
    </message>
    <message>
        <source>请选择团队或医生</source>
        <translation>Choose a team or a doctor</translation>
    </message>
    <message>
        <source>用户的村代码不正确</source>
        <translation>The user's village codes are wrong</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>没有这个签约团队：%1</source>
        <translation>No such contract team: %1</translation>
    </message>
    <message>
        <source>没有这位医生：%1</source>
        <translation>No such doctor: %1</translation>
    </message>
    <message>
        <source>统计期间不正确（开始日期应不晚于结束日期）</source>
        <translation>Invalid reporting period (the start date must not be after the end date)</translation>
    </message>
    <message>
        <source>SELECT 应只返回一列（居民 id）</source>
        <translation>The SELECT must return one column (resident id)</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorExport</name>
    <message>
        <source>项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>分子说明</source>
        <translation>Numerator means</translation>
    </message>
    <message>
        <source>分母说明</source>
        <translation>Denominator means</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>本机缺少 libxlsxwriter，无法写 Excel 文件；请用 --json</source>
        <translation>libxlsxwriter is missing on this computer, so no Excel file can be written; use --json</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>分村</source>
        <translation>By village</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorPeopleModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Record number</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorTableModel</name>
    <message>
        <source>✓ 达标</source>
        <translation>✓ Met</translation>
    </message>
    <message>
        <source>△ 接近目标</source>
        <translation>△ Near target</translation>
    </message>
    <message>
        <source>✗ 未达标</source>
        <translation>✗ Below target</translation>
    </message>
    <message>
        <source>… 无数据</source>
        <translation>… No data</translation>
    </message>
    <message>
        <source>— 未设目标</source>
        <translation>— No target</translation>
    </message>
    <message>
        <source>分子：%1</source>
        <translation>Numerator: %1</translation>
    </message>
    <message>
        <source>分母：%1</source>
        <translation>Denominator: %1</translation>
    </message>
    <message>
        <source>本期分母来自设置或估算；登记在册的相应居民 %1 人</source>
        <translation>This denominator comes from a setting or an estimate; %1 such residents are registered</translation>
    </message>
    <message>
        <source>目标来源：%1</source>
        <translation>Target source: %1</translation>
    </message>
    <message>
        <source>距目标 %1 个百分点</source>
        <translation>%1 percentage points from the target</translation>
    </message>
    <message>
        <source>%1 = 分子 ÷ 分母
分子：%2
分母：%3</source>
        <translation>%1 = numerator ÷ denominator
Numerator: %2
Denominator: %3</translation>
    </message>
    <message>
        <source>差 %1 人</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>差距</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorTargets</name>
    <message>
        <source>没有这个指标：%1</source>
        <translation>No such indicator: %1</translation>
    </message>
    <message>
        <source>目标值应在 0 到 100（%）之间</source>
        <translation>The target must be between 0 and 100 (%)</translation>
    </message>
    <message>
        <source>没有这个设置：%1</source>
        <translation>No such setting: %1</translation>
    </message>
    <message>
        <source>%1 应在 %2 到 %3 之间</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <source>常住人口不能为负数</source>
        <translation>The resident population cannot be negative</translation>
    </message>
    <message>
        <source>没有这个村或乡镇：%1</source>
        <translation>No such village or township: %1</translation>
    </message>
    <message>
        <source>目标文件不是有效的 JSON 对象：%1</source>
        <translation>The targets file is not a valid JSON object: %1</translation>
    </message>
    <message>
        <source>未知的项</source>
        <translation>Unknown item</translation>
    </message>
    <message>
        <source>没有这个指标</source>
        <translation>No such indicator</translation>
    </message>
    <message>
        <source>目标值应为 0 到 100 之间的数（%），或 null 表示无目标</source>
        <translation>The target must be a number from 0 to 100 (%), or null for no target</translation>
    </message>
    <message>
        <source>缺少来源（source）：请写明目标出自哪个文件</source>
        <translation>Source missing (source): say which document the target comes from</translation>
    </message>
    <message>
        <source>没有这个设置</source>
        <translation>No such setting</translation>
    </message>
    <message>
        <source>应为 %1 到 %2 之间的数</source>
        <translation>Must be a number between %1 and %2</translation>
    </message>
    <message>
        <source>缺少来源（source）</source>
        <translation>Source missing (source)</translation>
    </message>
    <message>
        <source>没有这个村或乡镇</source>
        <translation>No such village or township</translation>
    </message>
    <message>
        <source>常住人口应为不小于 0 的整数</source>
        <translation>The resident population must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>文件中没有目标、设置或常住人口</source>
        <translation>The file holds no targets, settings or populations</translation>
    </message>
</context>
<context>
    <name>Models::KeyPopulation</name>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>未知的人群类别：%1</source>
        <translation>Unknown population category: %1</translation>
    </message>
    <message>
        <source>请填写开始日期</source>
        <translation>Enter the start date</translation>
    </message>
    <message>
        <source>该居民已登记为此类人群</source>
        <translation>This resident is already registered in this population group</translation>
    </message>
    <message>
        <source>该居民未登记为此类人群</source>
        <translation>This resident is not registered in this population group</translation>
    </message>
</context>
<context>
    <name>Models::LotListModel</name>
    <message>
        <source>疫苗</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Lot number</translation>
    </message>
    <message>
        <source>生产企业</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>%1 天内到期，请优先使用</source>
        <translation>Expires within %1 days; use first</translation>
    </message>
    <message>
        <source>入库（剂）</source>
        <translation>Received (doses)</translation>
    </message>
    <message>
        <source>库存（剂）</source>
        <translation>Stock (doses)</translation>
    </message>
</context>
<context>
    <name>Models::MaternalTimeline</name>
    <message>
        <source>未见异常</source>
        <translation>No abnormality</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>未恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>%1（待医生确认）</source>
        <translation>%1 (awaiting the doctor's confirmation)</translation>
    </message>
    <message>
        <source>孕产期建册</source>
        <translation>Pregnancy booked</translation>
    </message>
    <message>
        <source>孕 %1，预产期 %2，%3</source>
        <translation>%1 pregnant, due %2, %3</translation>
    </message>
    <message>
        <source>建册孕周</source>
        <translation>Weeks at booking</translation>
    </message>
    <message>
        <source>预产期</source>
        <translation>Expected date of delivery</translation>
    </message>
    <message>
        <source>妊娠风险</source>
        <translation>Pregnancy risk</translation>
    </message>
    <message>
        <source>分娩</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>分娩地点</source>
        <translation>Place of delivery</translation>
    </message>
    <message>
        <source>第%1次产前随访</source>
        <translation>Prenatal visit %1</translation>
    </message>
    <message>
        <source>产后访视</source>
        <translation>Postpartum visit</translation>
    </message>
    <message>
        <source>产后42天健康检查</source>
        <translation>42-day postpartum check</translation>
    </message>
    <message>
        <source>督促日期</source>
        <translation>Urging date</translation>
    </message>
    <message>
        <source>孕 %1，</source>
        <translation>%1 pregnant, </translation>
    </message>
    <message>
        <source>，结案</source>
        <translation>, closed</translation>
    </message>
    <message>
        <source>，转诊</source>
        <translation>, referred</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>读取孕产妇记录失败</source>
        <translation>Could not read the pregnancy record</translation>
    </message>
    <message>
        <source>产后第%1天</source>
        <translation>Postpartum day %1</translation>
    </message>
    <message>
        <source>孕%1</source>
        <translation>Pregnant %1</translation>
    </message>
    <message>
        <source>妊娠风险待确认</source>
        <translation>Pregnancy risk to confirm</translation>
    </message>
    <message>
        <source>高危：%1</source>
        <translation>High risk: %1</translation>
    </message>
</context>
<context>
    <name>Models::MentalRepository</name>
    <message>
        <source>请选择六种严重精神障碍之一</source>
        <translation>Choose one of the six severe mental disorders</translation>
    </message>
    <message>
        <source>登记日期不能晚于今天</source>
        <translation>The registration date cannot be after today</translation>
    </message>
    <message>
        <source>确诊日期应在出生日期与登记日期之间</source>
        <translation>The diagnosis date must be between the birth date and the registration date</translation>
    </message>
    <message>
        <source>该居民已在严重精神障碍患者管理中</source>
        <translation>This resident is already under severe mental disorder management</translation>
    </message>
    <message>
        <source>找不到该患者管理记录</source>
        <translation>Patient record not found</translation>
    </message>
    <message>
        <source>该患者已结案，不能再随访</source>
        <translation>This patient's record is closed; no more follow-ups</translation>
    </message>
    <message>
        <source>随访日期应在登记日期与今天之间</source>
        <translation>The visit date must be between the registration date and today</translation>
    </message>
    <message>
        <source>随访形式应为门诊、家庭访视或电话</source>
        <translation>The visit form must be clinic, home visit or telephone</translation>
    </message>
    <message>
        <source>未访到时请填写原因</source>
        <translation>Give the reason when the patient was not reached</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次随访</source>
        <translation>The next visit must be after this one</translation>
    </message>
    <message>
        <source>精神分裂症</source>
        <translation>Schizophrenia</translation>
    </message>
    <message>
        <source>分裂情感性障碍</source>
        <translation>Schizoaffective disorder</translation>
    </message>
    <message>
        <source>偏执性精神病</source>
        <translation>Paranoid psychosis</translation>
    </message>
    <message>
        <source>双相情感障碍</source>
        <translation>Bipolar disorder</translation>
    </message>
    <message>
        <source>癫痫所致精神障碍</source>
        <translation>Mental disorder due to epilepsy</translation>
    </message>
    <message>
        <source>精神发育迟滞伴发精神障碍</source>
        <translation>Mental disorder with intellectual disability</translation>
    </message>
</context>
<context>
    <name>Models::MentalRules</name>
    <message>
        <source>严重精神障碍分类规则文件有误：%1</source>
        <translation>The severe mental disorder rule file is invalid: %1</translation>
    </message>
    <message>
        <source>不稳定</source>
        <translation>Unstable</translation>
    </message>
    <message>
        <source>基本稳定</source>
        <translation>Basically stable</translation>
    </message>
    <message>
        <source>稳定</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>危险性评估应为 0 到 5 级的整数</source>
        <translation>The risk grade must be a whole number from 0 to 5</translation>
    </message>
    <message>
        <source>目前症状应为文字列表</source>
        <translation>Symptoms must be a list of words</translation>
    </message>
    <message>
        <source>未知的症状：%1</source>
        <translation>Unknown symptom: %1</translation>
    </message>
    <message>
        <source>自知力应为 完全、不全 或 缺失</source>
        <translation>Insight must be 完全 (complete), 不全 (partial) or 缺失 (lost)</translation>
    </message>
    <message>
        <source>社会功能应为最多 5 项的文字列表</source>
        <translation>Social functions must be a list of at most 5 items</translation>
    </message>
    <message>
        <source>社会功能各项应为 良好、一般、较差 或 不适用：%1</source>
        <translation>Each social function must be 良好, 一般, 较差 or 不适用: %1</translation>
    </message>
    <message>
        <source>症状明显应为 true 或 false</source>
        <translation>symptoms_marked must be true or false</translation>
    </message>
    <message>
        <source>严重药物不良反应应为 true 或 false</source>
        <translation>adverse_reaction must be true or false</translation>
    </message>
    <message>
        <source>严重躯体疾病应为 true 或 false</source>
        <translation>physical_illness must be true or false</translation>
    </message>
    <message>
        <source>找不到严重精神障碍分类规则：%1</source>
        <translation>Severe mental disorder rule set not found: %1</translation>
    </message>
    <message>
        <source>危险性评估 %1 级（%2 级及以上为不稳定）</source>
        <translation>Risk grade %1 (grade %2 or above is unstable)</translation>
    </message>
    <message>
        <source>精神症状明显</source>
        <translation>Marked psychotic symptoms</translation>
    </message>
    <message>
        <source>自知力%1</source>
        <translation>Insight %1</translation>
    </message>
    <message>
        <source>严重药物不良反应</source>
        <translation>Serious adverse drug reaction</translation>
    </message>
    <message>
        <source>严重躯体疾病</source>
        <translation>Serious physical illness</translation>
    </message>
    <message>
        <source>危险性评估 %1 级（%2 至 %3 级为基本稳定）</source>
        <translation>Risk grade %1 (grades %2 to %3 are basically stable)</translation>
    </message>
    <message>
        <source>仍有精神症状：%1</source>
        <translation>Symptoms present: %1</translation>
    </message>
    <message numerus="yes">
        <source>社会功能 %n 项较差</source>
        <translation><numerusform>%n social function poor</numerusform><numerusform>%n social functions poor</numerusform></translation>
    </message>
    <message>
        <source>危险性 0 级，无精神症状，自知力完全，社会功能一般或良好</source>
        <translation>Risk 0, no symptoms, complete insight, social functions fair or good</translation>
    </message>
    <message>
        <source>危险性 %1 级：对症处理后立即转诊，必要时报告公安并协助送院</source>
        <translation>Risk grade %1: treat the symptoms, refer at once, report to the police where required and help with admission</translation>
    </message>
</context>
<context>
    <name>Models::MentalTimeline</name>
    <message>
        <source>严重精神障碍患者登记</source>
        <translation>Severe mental disorder registration</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>确诊医院</source>
        <translation>Diagnosing hospital</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>危险性 %1 级，%2</source>
        <translation>Risk grade %1, %2</translation>
    </message>
    <message>
        <source>未访到：%1</source>
        <translation>Not reached: %1</translation>
    </message>
    <message>
        <source>严重精神障碍随访</source>
        <translation>Severe mental disorder follow-up</translation>
    </message>
    <message>
        <source>，转诊</source>
        <translation>, referred</translation>
    </message>
    <message>
        <source>随访形式</source>
        <translation>Visit form</translation>
    </message>
    <message>
        <source>本次随访分类</source>
        <translation>Class at this visit</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>转诊（严重精神障碍）</source>
        <translation>Referral (severe mental disorder)</translation>
    </message>
    <message>
        <source>转至%1，%2</source>
        <translation>To %1, %2</translation>
    </message>
</context>
<context>
    <name>Models::PackageRepository</name>
    <message>
        <source>服务包代码只能用小写字母、数字和下划线</source>
        <translation>A service package code may only use lowercase letters, digits and underscores</translation>
    </message>
    <message>
        <source>请填写服务包名称</source>
        <translation>Enter the service package name</translation>
    </message>
    <message>
        <source>请选择基础包或个性化包</source>
        <translation>Choose a basic or personalized package</translation>
    </message>
    <message>
        <source>费用不能为负数</source>
        <translation>Fees cannot be negative</translation>
    </message>
    <message>
        <source>医保、公卫经费与个人自付之和应等于服务费</source>
        <translation>Medical insurance, public health funds and out-of-pocket payment must add up to the service fee</translation>
    </message>
    <message>
        <source>未知的人群类别：%1</source>
        <translation>Unknown population category: %1</translation>
    </message>
    <message>
        <source>服务项目的每年次数应在 1 到 52 之间</source>
        <translation>Times per year for a service item must be between 1 and 52</translation>
    </message>
    <message>
        <source>找不到该服务包</source>
        <translation>Service package not found</translation>
    </message>
</context>
<context>
    <name>Models::PackageServiceModel</name>
    <message>
        <source>所有签约居民</source>
        <translation>All contracted residents</translation>
    </message>
    <message>
        <source>任务代码</source>
        <translation>Task code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>次数/年</source>
        <translation>Times/year</translation>
    </message>
    <message>
        <source>适用人群</source>
        <translation>Applicable population</translation>
    </message>
</context>
<context>
    <name>Models::Permission</name>
    <message>
        <source>居民档案</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>家庭档案</source>
        <translation>Family record</translation>
    </message>
    <message>
        <source>慢病随访</source>
        <translation>Chronic care</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>Immunization</translation>
    </message>
    <message>
        <source>家庭医生签约</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>健康档案记录</source>
        <translation>Health record entries</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>System settings</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>查看%1</source>
        <extracomment>a permission: 查看 + area, e.g. 查看审计日志</extracomment>
        <translation>View %1</translation>
    </message>
    <message>
        <source>修改%1</source>
        <extracomment>a permission: 修改 + area, e.g. 修改系统设置</extracomment>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>您的角色无权%1</source>
        <translation>Your role does not have permission: %1</translation>
    </message>
    <message>
        <source>您无权查看或修改该村的居民</source>
        <translation>You may not see or change residents of this village</translation>
    </message>
    <message>
        <source>重复档案合并</source>
        <translation>merging duplicate records</translation>
    </message>
    <message>
        <source>档案状态</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>已关闭档案</source>
        <translation>closed records</translation>
    </message>
    <message>
        <source>登记死亡、迁出、注销或迁入</source>
        <translation>record a death, a move, a closed record or a transfer in</translation>
    </message>
    <message>
        <source>恢复已关闭的档案</source>
        <translation>reopen a closed record</translation>
    </message>
    <message>
        <source>严重精神障碍患者记录</source>
        <translation>severe mental disorder records</translation>
    </message>
    <message>
        <source>孕产妇和儿童健康管理</source>
        <translation>Maternal and child health management</translation>
    </message>
</context>
<context>
    <name>Models::PregnancyDates</name>
    <message>
        <source>%1周+%2天</source>
        <translation>%1 weeks + %2 days</translation>
    </message>
    <message>
        <source>末次月经日期格式应为 YYYY-MM-DD</source>
        <translation>Last menstrual period must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>末次月经日期不能晚于今天</source>
        <translation>The last menstrual period cannot be after today</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD</source>
        <translation>Dates must be in YYYY-MM-DD form</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>预产期规则应为 naegele（月+9或-3，日+7）或 lmp280</source>
        <translation>The EDD rule must be naegele (month +9 or −3, day +7) or lmp280</translation>
    </message>
    <message>
        <source>B超预产期格式应为 YYYY-MM-DD</source>
        <translation>Ultrasound EDD must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>B超预产期与末次月经推算相差超过6周，请核对</source>
        <translation>The ultrasound EDD differs from the LMP estimate by more than 6 weeks; please check</translation>
    </message>
    <message>
        <source>日期早于孕期开始</source>
        <translation>The date is before the start of the pregnancy</translation>
    </message>
    <message>
        <source>孕周超过 %1 周，请核对末次月经日期</source>
        <translation>Gestation beyond %1 weeks; please check the last menstrual period</translation>
    </message>
</context>
<context>
    <name>Models::PregnancyRepository</name>
    <message>
        <source>找不到该孕产期记录</source>
        <translation>Pregnancy record not found</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>只能为女性居民建立孕产期保健册</source>
        <translation>A pregnancy record can only be opened for a woman</translation>
    </message>
    <message>
        <source>该居民的档案已关闭</source>
        <translation>This resident's record is closed</translation>
    </message>
    <message>
        <source>建册日期不能晚于今天</source>
        <translation>The booking date cannot be after today</translation>
    </message>
    <message>
        <source>请填写末次月经日期</source>
        <translation>Enter the last menstrual period</translation>
    </message>
    <message>
        <source>末次月经不能晚于建册日期</source>
        <translation>The last menstrual period cannot be after the booking date</translation>
    </message>
    <message>
        <source>B超预产期与末次月经推算相差超过6周，请核对</source>
        <translation>The ultrasound EDD differs from the LMP estimate by more than 6 weeks; please check</translation>
    </message>
    <message>
        <source>预产期推算规则有误</source>
        <translation>Wrong EDD rule</translation>
    </message>
    <message>
        <source>按末次月经孕周超过45周，请核对</source>
        <translation>Gestation by LMP beyond 45 weeks; please check</translation>
    </message>
    <message>
        <source>孕次应在 1–20 之间（含本次）</source>
        <translation>Gravidity must be between 1 and 20 (this pregnancy included)</translation>
    </message>
    <message>
        <source>产次应小于孕次</source>
        <translation>Parity must be less than gravidity</translation>
    </message>
    <message>
        <source>该居民已有未结案的孕产期记录</source>
        <translation>This resident already has an open pregnancy record</translation>
    </message>
    <message>
        <source>请选择风险颜色（绿、黄、橙、红、紫）</source>
        <translation>Choose a risk colour (green, yellow, orange, red, purple)</translation>
    </message>
    <message>
        <source>该孕产期记录已结案</source>
        <translation>This pregnancy record is closed</translation>
    </message>
    <message>
        <source>随访日期不能为空，也不能晚于今天</source>
        <translation>The visit date must be given and cannot be after today</translation>
    </message>
    <message>
        <source>随访日期不能早于建册日期</source>
        <translation>The visit date cannot be before the booking date</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次</source>
        <translation>The next visit date must be after this one</translation>
    </message>
    <message>
        <source>产前随访应为第2至第5次</source>
        <translation>A prenatal visit is the 2nd to the 5th</translation>
    </message>
    <message>
        <source>已分娩，不能再记录产前随访</source>
        <translation>Already delivered: no more prenatal visits</translation>
    </message>
    <message>
        <source>请选择分类：未见异常或异常</source>
        <translation>Choose the classification: no abnormality or abnormal</translation>
    </message>
    <message>
        <source>请先登记分娩</source>
        <translation>Record the delivery first</translation>
    </message>
    <message>
        <source>产后随访日期不能早于分娩日期</source>
        <translation>A postpartum visit cannot be before the delivery</translation>
    </message>
    <message>
        <source>请选择分类：已恢复或未恢复</source>
        <translation>Choose the classification: recovered or not recovered</translation>
    </message>
    <message>
        <source>请选择处理：结案或转诊</source>
        <translation>Choose the outcome: close or refer</translation>
    </message>
    <message>
        <source>随访类型有误</source>
        <translation>Wrong visit type</translation>
    </message>
    <message>
        <source>该孕产期已登记分娩</source>
        <translation>The delivery of this pregnancy is already recorded</translation>
    </message>
    <message>
        <source>分娩日期不能为空，也不能晚于今天</source>
        <translation>The delivery date must be given and cannot be after today</translation>
    </message>
    <message>
        <source>分娩日期不能早于末次月经</source>
        <translation>The delivery date cannot be before the last menstrual period</translation>
    </message>
    <message>
        <source>出院日期应在分娩日期与今天之间</source>
        <translation>The discharge date must be between the delivery and today</translation>
    </message>
    <message>
        <source>请选择妊娠结局</source>
        <translation>Choose the pregnancy outcome</translation>
    </message>
    <message>
        <source>活产请至少登记一名新生儿</source>
        <translation>For a live birth record at least one newborn</translation>
    </message>
    <message>
        <source>只有活产才登记新生儿</source>
        <translation>Newborns are recorded for live births only</translation>
    </message>
    <message>
        <source>请选择新生儿性别</source>
        <translation>Choose the newborn's sex</translation>
    </message>
    <message>
        <source>出生体重应在 300–7000 g 之间</source>
        <translation>Birth weight must be between 300 and 7000 g</translation>
    </message>
</context>
<context>
    <name>Models::RecordSigner</name>
    <message>
        <source>无法生成签名密钥</source>
        <translation>Cannot generate the signing key</translation>
    </message>
    <message>
        <source>您还没有签名密钥，请重新登录后再签名</source>
        <translation>You have no signing key yet; log in again, then sign</translation>
    </message>
    <message>
        <source>密码不正确，未签名</source>
        <translation>Wrong password; not signed</translation>
    </message>
    <message>
        <source>无法签名该类记录：%1</source>
        <translation>This kind of record cannot be signed: %1</translation>
    </message>
    <message>
        <source>找不到要签名的记录</source>
        <translation>The record to sign was not found</translation>
    </message>
    <message>
        <source>签名失败</source>
        <translation>Signing failed</translation>
    </message>
</context>
<context>
    <name>Models::RecordSummary</name>
    <message>
        <source>A型</source>
        <translation>Type A</translation>
    </message>
    <message>
        <source>B型</source>
        <translation>Type B</translation>
    </message>
    <message>
        <source>O型</source>
        <translation>Type O</translation>
    </message>
    <message>
        <source>AB型</source>
        <translation>Type AB</translation>
    </message>
    <message>
        <source>Rh阴性</source>
        <translation>Rh negative</translation>
    </message>
    <message>
        <source>Rh阳性</source>
        <translation>Rh positive</translation>
    </message>
    <message>
        <source>卫生院</source>
        <translation> Health Center</translation>
    </message>
</context>
<context>
    <name>Models::Referral</name>
    <message>
        <source>已转出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>已回转</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>请填写接收机构</source>
        <translation>Enter the receiving institution</translation>
    </message>
    <message>
        <source>请填写转出原因（主要现病史）</source>
        <translation>Enter the reason for referral (main present history)</translation>
    </message>
    <message>
        <source>转出日期不能晚于今天</source>
        <translation>The referral date cannot be after today</translation>
    </message>
    <message>
        <source>找不到该转诊单</source>
        <translation>Referral not found</translation>
    </message>
    <message>
        <source>转诊已结束，不能再修改</source>
        <translation>The referral is closed and cannot be changed</translation>
    </message>
    <message>
        <source>未知的转诊状态：%1</source>
        <translation>Unknown referral status: %1</translation>
    </message>
    <message>
        <source>请填写拒收原因</source>
        <translation>Enter the reason for refusal</translation>
    </message>
    <message>
        <source>该转诊单%1，不能登记回转</source>
        <translation>This referral is %1; a return slip cannot be recorded</translation>
    </message>
    <message>
        <source>回转日期应在转出日期与今天之间</source>
        <translation>The return date must be between the referral date and today</translation>
    </message>
    <message>
        <source>请填写诊断结果</source>
        <translation>Enter the diagnosis</translation>
    </message>
</context>
<context>
    <name>Models::ReferralTimeline</name>
    <message>
        <source>接收机构</source>
        <translation>Receiving institution</translation>
    </message>
    <message>
        <source>转出原因</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <source>初步印象</source>
        <translation>Initial impression</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>回转日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>诊断结果</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>住院病案号</source>
        <translation>Inpatient record number</translation>
    </message>
    <message>
        <source>主要检查结果</source>
        <translation>Main test results</translation>
    </message>
    <message>
        <source>治疗方案及康复建议</source>
        <translation>Treatment plan and rehabilitation advice</translation>
    </message>
    <message>
        <source>转诊（转出）</source>
        <translation>Referral (up)</translation>
    </message>
    <message>
        <source>转至%1，%2</source>
        <translation>To %1, %2</translation>
    </message>
    <message>
        <source>转诊待回</source>
        <translation>Referral pending</translation>
    </message>
</context>
<context>
    <name>Models::ReportTable</name>
    <message>
        <source>读取报表数据失败</source>
        <translation>Could not read the report data</translation>
    </message>
    <message>
        <source>已取消统计</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>没有这张报表：%1（可选：%2）</source>
        <translation>No such table: %1 (choose from %2)</translation>
    </message>
    <message>
        <source>统计期间不正确（开始日期应不晚于结束日期）</source>
        <translation>Invalid reporting period (the start date must not be after the end date)</translation>
    </message>
    <message>
        <source>没有这个地区：%1</source>
        <translation>No such area: %1</translation>
    </message>
    <message>
        <source>报表 %1 的查询有误</source>
        <translation>The query of table %1 is wrong</translation>
    </message>
    <message>
        <source>报表 %1 的查询没有 village 列</source>
        <translation>A query of table %1 has no village column</translation>
    </message>
    <message>
        <source>报表 %1 的列 %2 没有查询给出</source>
        <translation>No query of table %1 gives column %2</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>报表定义有误（%1）：%2</source>
        <translation>Wrong table definition (%1): %2</translation>
    </message>
    <message>
        <source>无法读取报表定义文件：%1</source>
        <translation>Cannot read the table definitions: %1</translation>
    </message>
    <message>
        <source>缺少版本号</source>
        <translation>The version is missing</translation>
    </message>
    <message>
        <source>报表编号为空、重复或含有不允许的字符</source>
        <translation>A table id is empty, repeated or has characters not allowed</translation>
    </message>
    <message>
        <source>缺少报表名称</source>
        <translation>The table's title is missing</translation>
    </message>
    <message>
        <source>比率应写为 [分子列, 分母列]</source>
        <translation>Write a rate as [numerator column, denominator column]</translation>
    </message>
    <message>
        <source>列编号为空、重复或含有不允许的字符</source>
        <translation>A column id is empty, repeated or has characters not allowed</translation>
    </message>
    <message>
        <source>缺少列名或口径说明</source>
        <translation>A column's label or definition is missing</translation>
    </message>
    <message>
        <source>没有列</source>
        <translation>No columns</translation>
    </message>
    <message>
        <source>比率引用的列 %1 不存在或不是计数列</source>
        <translation>The rate's column %1 does not exist or is not a count</translation>
    </message>
    <message>
        <source>比率列不能有自己的查询</source>
        <translation>A rate column cannot have a query of its own</translation>
    </message>
    <message>
        <source>没有报表</source>
        <translation>No tables</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1年第%2季度</source>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>季报</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>年报</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>报表定义的查询有误：%1</source>
        <translation>Wrong query in the table definitions: %1</translation>
    </message>
    <message>
        <source>未知的重点人群 %1</source>
        <translation>Unknown key population %1</translation>
    </message>
    <message>
        <source>未知的宏 %1</source>
        <translation>Unknown macro %1</translation>
    </message>
    <message>
        <source>未知的参数 %1</source>
        <translation>Unknown parameter %1</translation>
    </message>
</context>
<context>
    <name>Models::ReportTableModel</name>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>报送周期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>填报时间</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>Models::ResidentImport</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>联系人姓名</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>现住址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>常住类型</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>对照表中的字段“%1”不认识；可用：name, sex, birth_date, id_number, phone, address, village, ethnicity, residence_type, work_unit, contact_name, contact_phone, ignore</source>
        <translation>Unknown field “%1” in the mapping; available: name, sex, birth_date, id_number, phone, address, village, ethnicity, residence_type, work_unit, contact_name, contact_phone, ignore</translation>
    </message>
    <message>
        <source>对照表中的列“%1”在文件中没有</source>
        <translation>Column “%1” in the mapping is not in the file</translation>
    </message>
    <message>
        <source>居民导入试运行报告（未写入数据库）</source>
        <translation>Resident import dry-run report (nothing written to the database)</translation>
    </message>
    <message>
        <source>居民导入报告</source>
        <translation>Resident import report</translation>
    </message>
    <message>
        <source>文件：%1（%2）</source>
        <translation>File: %1 (%2)</translation>
    </message>
    <message>
        <source>共 %1 行：导入 %2 行，已存在跳过 %3 行，有错误 %4 行</source>
        <translation>%1 rows: %2 imported, %3 skipped as already present, %4 with errors</translation>
    </message>
    <message>
        <source>导入已取消：已提交的批次保留，未提交的批次已撤销。</source>
        <translation>Import cancelled: committed batches are kept; uncommitted batches were rolled back.</translation>
    </message>
    <message>
        <source>导入中止：%1</source>
        <translation>Import aborted: %1</translation>
    </message>
    <message>
        <source>错误（这些行没有导入）：</source>
        <translation>Errors (these rows were not imported):</translation>
    </message>
    <message>
        <source>第 %1 行 %2：%3</source>
        <translation>Row %1 %2: %3</translation>
    </message>
    <message>
        <source>提示（已导入，但可能与已有居民重复，请在“重复档案”中核对）：</source>
        <translation>Notes (imported, but may duplicate existing residents; check them in “Duplicate records”):</translation>
    </message>
    <message>
        <source>已存在（跳过）：</source>
        <translation>Already present (skipped):</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>性别“%1”无法识别（应为 男/女）</source>
        <translation>Sex “%1” not recognized (must be 男/女, male/female)</translation>
    </message>
    <message>
        <source>出生日期“%1”不是有效日期</source>
        <translation>Date of birth “%1” is not a valid date</translation>
    </message>
    <message>
        <source>民族“%1”无法识别</source>
        <translation>Ethnicity “%1” not recognized</translation>
    </message>
    <message>
        <source>常住类型“%1”无法识别（应为 户籍/非户籍）</source>
        <translation>Residence type “%1” not recognized (must be 户籍/非户籍, registered/non-registered)</translation>
    </message>
    <message>
        <source>村“%1”不在本机的区划表中</source>
        <translation>Village “%1” is not in this workstation's area table</translation>
    </message>
    <message>
        <source>无法打开对照表文件：%1</source>
        <translation>Cannot open the mapping file: %1</translation>
    </message>
    <message>
        <source>对照表文件不是有效的 JSON：%1</source>
        <translation>The mapping file is not valid JSON: %1</translation>
    </message>
    <message>
        <source>请指定哪一列是姓名</source>
        <translation>Specify which column holds the name</translation>
    </message>
    <message>
        <source>文件中没有“村”列：请选择这些居民所属的村（居委会）</source>
        <translation>The file has no “村” (village) column: choose the village these residents belong to</translation>
    </message>
    <message>
        <source>该村（居委会）不在本机的区划表中</source>
        <translation>This village is not in this workstation's area table</translation>
    </message>
    <message>
        <source>数据库未打开</source>
        <translation>The database is not open</translation>
    </message>
    <message>
        <source>数据库结构不对，无法导入</source>
        <translation>Wrong database schema; cannot import</translation>
    </message>
    <message>
        <source>数据库正忙或无法写入</source>
        <translation>The database is busy or cannot be written</translation>
    </message>
    <message>
        <source>联系人电话格式不对</source>
        <translation>Wrong format for the contact's phone</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>与文件中前面一行的身份证号相同</source>
        <translation>Same identity number as an earlier row in the file</translation>
    </message>
    <message>
        <source>身份证号已登记（%1，档案号 %2）</source>
        <translation>Identity number already registered (%1, record %2)</translation>
    </message>
    <message>
        <source>与文件中前面一行的姓名、出生日期和村相同</source>
        <translation>Same name, date of birth and village as an earlier row in the file</translation>
    </message>
    <message>
        <source>同村已有同名同出生日期的居民（档案号 %1）</source>
        <translation>A resident with the same name and date of birth already exists in this village (record %1)</translation>
    </message>
    <message>
        <source>已有同名同出生日期的居民（档案号 %1），可能重复</source>
        <translation>A resident with the same name and date of birth already exists (record %1); possible duplicate</translation>
    </message>
    <message>
        <source>第 %1 至 %2 行这一批写入数据库失败，这一批没有导入，后面的行也没有导入</source>
        <translation>Writing the batch of rows %1 to %2 to the database failed; this batch and all later rows were not imported</translation>
    </message>
    <message>
        <source>提交失败，这一批没有导入</source>
        <translation>Commit failed; this batch was not imported</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>非户籍</source>
        <translation>Non-registered resident</translation>
    </message>
    <message>
        <source>户籍</source>
        <translation>Registered resident</translation>
    </message>
    <message>
        <source>已写入数据库的是第 %1 行及之前的有效行；之后的行都没有导入，可以再导入一次同一文件（已导入的行会跳过）。</source>
        <translation>Valid rows up to line %1 are in the database; later rows were not imported. Import the same file again to finish (rows already imported are skipped).</translation>
    </message>
    <message>
        <source>没有任何行写入数据库。</source>
        <translation>No rows were written to the database.</translation>
    </message>
</context>
<context>
    <name>Models::ResidentLifecycle</name>
    <message>
        <source>死亡</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>注销档案</source>
        <translation>Close record</translation>
    </message>
    <message>
        <source>迁入</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>恢复档案</source>
        <translation>Reopen record</translation>
    </message>
    <message>
        <source>已故</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>已迁出</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>恢复档案请使用“撤销（恢复档案）”</source>
        <translation>To reopen a record use "Undo (reopen record)"</translation>
    </message>
    <message>
        <source>该居民的档案状态已是“%1”（%2），如登记有误请由管理员先恢复档案</source>
        <translation>The resident's record is already "%1" (%2); if that is wrong, an administrator reopens it first</translation>
    </message>
    <message>
        <source>已故居民不能办理迁入</source>
        <translation>A deceased resident cannot be transferred in</translation>
    </message>
    <message>
        <source>档案已注销，需由管理员恢复档案后再办理迁入</source>
        <translation>The record is closed; an administrator reopens it before a transfer in</translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation>Enter the date</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>日期不能早于出生日期（%1）</source>
        <translation>The date cannot be before the date of birth (%1)</translation>
    </message>
    <message>
        <source>迁入日期不能早于迁出日期（%1）</source>
        <translation>The transfer-in date cannot be before the day they moved away (%1)</translation>
    </message>
    <message>
        <source>请填写死亡原因</source>
        <translation>Enter the cause of death</translation>
    </message>
    <message>
        <source>请填写迁往何处</source>
        <translation>Enter where the resident moved to</translation>
    </message>
    <message>
        <source>请填写注销原因</source>
        <translation>Enter why the record is closed</translation>
    </message>
    <message>
        <source>请填写从何处迁入（原管理机构）</source>
        <translation>Enter where the resident came from (previous clinic)</translation>
    </message>
    <message>
        <source>内容过长（不超过 %1 字）</source>
        <translation>Too long (at most %1 characters)</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>该居民的档案在管，无需恢复</source>
        <translation>The resident's record is active; nothing to reopen</translation>
    </message>
    <message>
        <source>请填写恢复原因</source>
        <translation>Enter why the record is reopened</translation>
    </message>
</context>
<context>
    <name>Models::ResidentListModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>档案状态</source>
        <translation>Record status</translation>
    </message>
</context>
<context>
    <name>Models::ResidentRepository</name>
    <message>
        <source>该村（居委会）不在本机的区划表中</source>
        <translation>This village is not in this workstation's area table</translation>
    </message>
    <message>
        <source>该身份证号已登记（%1，档案号 %2）</source>
        <translation>This identity number is already registered (%1, record %2)</translation>
    </message>
    <message>
        <source>该村的档案编号已用完（5位流水号）</source>
        <translation>This village has used all record numbers (5-digit serial)</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>该身份证号已在其他村登记。如是同一人，可申请档案迁入</source>
        <translation>This ID number is registered in another village. If it is the same person, you can request a health record transfer in.</translation>
    </message>
</context>
<context>
    <name>Models::ResidentSearch</name>
    <message>
        <source>请至少输入4位数字（身份证或电话的后几位）</source>
        <translation>Type at least 4 digits (the last digits of an identity number or phone)</translation>
    </message>
</context>
<context>
    <name>Models::ResidentTransfer</name>
    <message>
        <source>找不到该迁入申请，或已处理</source>
        <translation>Transfer-in request not found or already processed</translation>
    </message>
    <message>
        <source>只能迁入到您负责的村</source>
        <translation>You can only transfer in to villages you are responsible for</translation>
    </message>
    <message>
        <source>没有以该身份证号登记的居民</source>
        <translation>No resident is registered with this ID number</translation>
    </message>
    <message>
        <source>该居民已在此村登记</source>
        <translation>This resident is already registered in this village</translation>
    </message>
    <message>
        <source>该居民已有一份待处理的迁入申请</source>
        <translation>This resident already has a pending transfer-in request</translation>
    </message>
</context>
<context>
    <name>Models::ResidentValidator</name>
    <message>
        <source>请填写姓名</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <source>姓名过长（最多50个字）</source>
        <translation>The name is too long (50 characters at most)</translation>
    </message>
    <message>
        <source>姓名中不能有数字或符号</source>
        <translation>The name cannot contain digits or symbols</translation>
    </message>
    <message>
        <source>出生日期与身份证号不一致（身份证号为 %1）</source>
        <translation>The date of birth does not match the identity number (which says %1)</translation>
    </message>
    <message>
        <source>性别与身份证号不一致（身份证号为男性）</source>
        <translation>The sex does not match the identity number (which says male)</translation>
    </message>
    <message>
        <source>性别与身份证号不一致（身份证号为女性）</source>
        <translation>The sex does not match the identity number (which says female)</translation>
    </message>
    <message>
        <source>请选择性别</source>
        <translation>Choose the sex</translation>
    </message>
    <message>
        <source>请填写有效的出生日期</source>
        <translation>Enter a valid date of birth</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天</source>
        <translation>The date of birth cannot be after today</translation>
    </message>
    <message>
        <source>出生日期不合理</source>
        <translation>The date of birth is not plausible</translation>
    </message>
    <message>
        <source>电话号码格式不对：手机为11位数字，座机如 0731-84001234</source>
        <translation>Wrong phone format: a mobile has 11 digits, a landline looks like 0731-84001234</translation>
    </message>
    <message>
        <source>请选择村（居委会）</source>
        <translation>Choose the village</translation>
    </message>
    <message>
        <source>请选择常住类型</source>
        <translation>Choose the residence type</translation>
    </message>
    <message>
        <source>民族代码无效</source>
        <translation>Invalid ethnicity code</translation>
    </message>
    <message>
        <source>与户主关系代码无效</source>
        <translation>Invalid relation code</translation>
    </message>
    <message>
        <source>请选择与户主的关系</source>
        <translation>Choose the relation to the head of household</translation>
    </message>
</context>
<context>
    <name>Models::RiskScreen</name>
    <message>
        <source>绿色（低风险）</source>
        <translation>Green (low risk)</translation>
    </message>
    <message>
        <source>黄色（一般风险）</source>
        <translation>Yellow (general risk)</translation>
    </message>
    <message>
        <source>橙色（较高风险）</source>
        <translation>Orange (higher risk)</translation>
    </message>
    <message>
        <source>红色（高风险）</source>
        <translation>Red (high risk)</translation>
    </message>
    <message>
        <source>紫色（传染性疾病）</source>
        <translation>Purple (infectious disease)</translation>
    </message>
    <message>
        <source>未评估</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>Models::RoleTable</name>
    <message>
        <source>角色表无效：%1</source>
        <translation>Invalid role table: %1</translation>
    </message>
</context>
<context>
    <name>Models::Schedule</name>
    <message>
        <source>免疫程序数据文件有误：%1</source>
        <translation>Error in the immunization schedule data file: %1</translation>
    </message>
</context>
<context>
    <name>Models::SecurityPolicy</name>
    <message>
        <source>安全设置文件无效：%1</source>
        <translation>Invalid security settings file: %1</translation>
    </message>
    <message>
        <source>密码至少需要 %1 个字符</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <source>密码需要包含字母</source>
        <translation>The password must contain a letter</translation>
    </message>
    <message>
        <source>密码需要包含数字</source>
        <translation>The password must contain a digit</translation>
    </message>
    <message>
        <source>密码不能包含用户名</source>
        <translation>The password cannot contain the user name</translation>
    </message>
</context>
<context>
    <name>Models::SelfCare</name>
    <message>
        <source>生活自理能力评估规则文件有误：%1</source>
        <translation>The self-care assessment rule file is invalid: %1</translation>
    </message>
    <message>
        <source>找不到生活自理能力评估规则：%1</source>
        <translation>Self-care assessment rules not found: %1</translation>
    </message>
    <message>
        <source>“%1”未评估</source>
        <translation>"%1" has not been assessed</translation>
    </message>
    <message>
        <source>“%1”应为 0～3（0 可自理，3 不能自理）</source>
        <translation>"%1" must be 0–3 (0 independent, 3 dependent)</translation>
    </message>
    <message>
        <source>未知的评估项目：%1</source>
        <translation>Unknown assessment item: %1</translation>
    </message>
    <message>
        <source>“%1”应为 0～3 的整数</source>
        <translation>"%1" must be a whole number 0–3</translation>
    </message>
</context>
<context>
    <name>Models::SessionListModel</name>
    <message>
        <source>%1月龄</source>
        <translation>%1 mo</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>%1岁%2月</source>
        <translation>%1 y %2 mo</translation>
    </message>
    <message>
        <source>%1第%2剂</source>
        <translation>%1 dose %2</translation>
    </message>
    <message>
        <source>(逾期)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>本次可种</source>
        <translation>Can be given now</translation>
    </message>
    <message>
        <source>逾期剂次</source>
        <translation>Overdue doses</translation>
    </message>
    <message>
        <source>监护人/电话</source>
        <translation>Guardian/Phone</translation>
    </message>
</context>
<context>
    <name>Models::SharedCare</name>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>%1：%2，不能登记管理</source>
        <translation>%1: %2, cannot be registered</translation>
    </message>
</context>
<context>
    <name>Models::TableExport</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>本机缺少 libxlsxwriter，无法写 Excel 文件；请导出为 CSV</source>
        <translation>libxlsxwriter is missing on this computer, so Excel files cannot be written; export as CSV</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>Models::TabularFile</name>
    <message>
        <source>不是有效的 Excel 文件（缺少 %1）</source>
        <translation>Not a valid Excel file (%1 missing)</translation>
    </message>
    <message>
        <source>Excel 文件已损坏，无法读取</source>
        <translation>The Excel file is damaged and cannot be read</translation>
    </message>
    <message>
        <source>本机不支持 GB18030 编码，请把文件另存为 UTF-8</source>
        <translation>This computer does not support GB18030 encoding; save the file as UTF-8</translation>
    </message>
    <message>
        <source>文件编码无法识别：既不是 UTF-8 也不是 GB18030</source>
        <translation>Unrecognized file encoding: neither UTF-8 nor GB18030</translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>不是有效的 Excel 文件（无法解压）</source>
        <translation>Not a valid Excel file (cannot be unzipped)</translation>
    </message>
    <message>
        <source>不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV</source>
        <translation>Old .xls files are not supported; save as .xlsx or CSV in Excel</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>Cannot open file: %1</translation>
    </message>
    <message>
        <source>本机不支持 GB18030 编码</source>
        <translation>This computer does not support GB18030 encoding</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>本机缺少 libxlsxwriter，无法写 Excel 文件；请导出为 CSV</source>
        <translation>libxlsxwriter is missing on this computer, so Excel files cannot be written; export as CSV</translation>
    </message>
</context>
<context>
    <name>Models::TbRepository</name>
    <message>
        <source>请填写接到通知的时间</source>
        <translation>Enter when the notice was received</translation>
    </message>
    <message>
        <source>通知时间不能晚于现在</source>
        <translation>The notice time cannot be in the future</translation>
    </message>
    <message>
        <source>请按定点医疗机构的通知填写强化期和继续期的日期</source>
        <translation>Enter the intensive and continuation phase dates from the designated institution's notice</translation>
    </message>
    <message>
        <source>强化期结束日期应不早于开始日期</source>
        <translation>The intensive phase cannot end before it starts</translation>
    </message>
    <message>
        <source>继续期结束日期应不早于强化期结束日期</source>
        <translation>The continuation phase cannot end before the intensive phase</translation>
    </message>
    <message>
        <source>督导方式应为：%1</source>
        <translation>The supervision mode must be one of: %1</translation>
    </message>
    <message>
        <source>该居民已在肺结核患者管理中</source>
        <translation>This resident is already under tuberculosis management</translation>
    </message>
    <message>
        <source>找不到该肺结核患者管理记录</source>
        <translation>Tuberculosis patient record not found</translation>
    </message>
    <message>
        <source>未知的随访类型：%1</source>
        <translation>Unknown visit kind: %1</translation>
    </message>
    <message>
        <source>请填写随访时间</source>
        <translation>Enter the visit time</translation>
    </message>
    <message>
        <source>随访时间不能早于接到通知的时间</source>
        <translation>The visit cannot be before the notice</translation>
    </message>
    <message>
        <source>随访时间不能晚于现在</source>
        <translation>The visit time cannot be in the future</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次</source>
        <translation>The next visit date must be after this one</translation>
    </message>
    <message>
        <source>服药日期应在疗程内（%1 至 %2）</source>
        <translation>The dose date must be within the course (%1 to %2)</translation>
    </message>
    <message>
        <source>不能登记今天以后的服药</source>
        <translation>Doses after today cannot be recorded</translation>
    </message>
    <message>
        <source>记录来源应为督导人员或服药卡</source>
        <translation>The source must be the supervisor or the dose card</translation>
    </message>
    <message>
        <source>该患者已结案</source>
        <translation>This patient's record is already closed</translation>
    </message>
    <message>
        <source>停止治疗日期应在开始治疗与今天之间</source>
        <translation>The stop date must be between the start of treatment and today</translation>
    </message>
    <message>
        <source>停止治疗原因应为：%1</source>
        <translation>The reason for stopping must be one of: %1</translation>
    </message>
</context>
<context>
    <name>Models::TbRules</name>
    <message>
        <source>肺结核管理规则文件有误：%1</source>
        <translation>The tuberculosis rule file is invalid: %1</translation>
    </message>
    <message>
        <source>找不到肺结核管理规则：%1</source>
        <translation>Tuberculosis rules not found: %1</translation>
    </message>
</context>
<context>
    <name>Models::TbTimeline</name>
    <message>
        <source>肺结核第一次入户随访</source>
        <translation>TB first home visit</translation>
    </message>
    <message>
        <source>肺结核结案评估</source>
        <translation>TB end-of-treatment assessment</translation>
    </message>
    <message>
        <source>肺结核随访</source>
        <translation>TB follow-up</translation>
    </message>
    <message>
        <source>通知单位</source>
        <translation>Notifying institution</translation>
    </message>
    <message>
        <source>化疗方案</source>
        <translation>Regimen</translation>
    </message>
    <message>
        <source>强化期</source>
        <translation>Intensive phase</translation>
    </message>
    <message>
        <source>继续期结束</source>
        <translation>End of continuation phase</translation>
    </message>
    <message>
        <source>督导方式</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>停止治疗</source>
        <translation>Treatment stopped</translation>
    </message>
    <message>
        <source>肺结核患者登记</source>
        <translation>Tuberculosis registration</translation>
    </message>
    <message>
        <source>%1，%2督导</source>
        <translation>%1, supervised by %2</translation>
    </message>
    <message>
        <source>已见到患者</source>
        <translation>Patient seen</translation>
    </message>
    <message>
        <source>未见到患者</source>
        <translation>Patient not found</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>肺结核</source>
        <translation>Tuberculosis</translation>
    </message>
</context>
<context>
    <name>Models::TcmChild</name>
    <message>
        <source>儿童中医药健康管理规则文件有误：%1</source>
        <translation>The children's TCM rule file is invalid: %1</translation>
    </message>
    <message>
        <source>找不到儿童中医药健康管理规则：%1</source>
        <translation>Children's TCM rules not found: %1</translation>
    </message>
</context>
<context>
    <name>Models::TcmConstitution</name>
    <message>
        <source>中医体质辨识规则文件有误：%1</source>
        <translation>The TCM constitution rule file is invalid: %1</translation>
    </message>
    <message>
        <source>找不到中医体质辨识规则：%1</source>
        <translation>TCM constitution rules not found: %1</translation>
    </message>
    <message>
        <source>第%1题：测量值 %2 不在锚定范围内</source>
        <translation>Question %1: the measurement %2 is outside the anchors</translation>
    </message>
    <message>
        <source>第%1题未作答</source>
        <translation>Question %1 is not answered</translation>
    </message>
    <message>
        <source>第%1题的答案应为 1～5</source>
        <translation>The answer to question %1 must be 1–5</translation>
    </message>
    <message>
        <source>BMI 应为 10～80 的数</source>
        <translation>BMI must be a number from 10 to 80</translation>
    </message>
    <message>
        <source>腰围应为 30～250 厘米</source>
        <translation>Waist must be 30–250 cm</translation>
    </message>
    <message>
        <source>缺少 33 题的答案（answers）</source>
        <translation>The answers to the 33 questions are missing (answers)</translation>
    </message>
    <message>
        <source>答案多于 %1 题</source>
        <translation>More than %1 answers</translation>
    </message>
    <message>
        <source>第%1题的答案应为 1～5 的整数</source>
        <translation>The answer to question %1 must be a whole number 1–5</translation>
    </message>
</context>
<context>
    <name>Models::TcmRepository</name>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>找不到要更正的记录</source>
        <translation>The record to correct was not found</translation>
    </message>
    <message>
        <source>更正的记录不属于该居民</source>
        <translation>The corrected record does not belong to this resident</translation>
    </message>
    <message>
        <source>这条记录已经被更正过，请更正最新的版本</source>
        <translation>This record has already been corrected; correct the latest version</translation>
    </message>
    <message>
        <source>请填写评估日期</source>
        <translation>Enter the assessment date</translation>
    </message>
    <message>
        <source>评估日期不能晚于今天</source>
        <translation>The assessment date cannot be after today</translation>
    </message>
    <message>
        <source>评估日期不能早于出生日期</source>
        <translation>The assessment date cannot be before the date of birth</translation>
    </message>
    <message>
        <source>未知的体质：%1</source>
        <translation>Unknown constitution: %1</translation>
    </message>
    <message>
        <source>未知的保健指导：%1</source>
        <translation>Unknown guidance: %1</translation>
    </message>
    <message>
        <source>找不到该中医体质辨识记录</source>
        <translation>TCM constitution record not found</translation>
    </message>
    <message>
        <source>月龄应为 6、12、18、24、30 或 36</source>
        <translation>The month age must be 6, 12, 18, 24, 30 or 36</translation>
    </message>
    <message>
        <source>请填写不晚于今天的随访日期</source>
        <translation>Enter a visit date no later than today</translation>
    </message>
    <message>
        <source>随访日期早于满 %1 月龄（%2）</source>
        <translation>The visit date is before the child is %1 months old (%2)</translation>
    </message>
    <message>
        <source>儿童中医药健康管理只到 36 月龄</source>
        <translation>Children's TCM management ends at 36 months</translation>
    </message>
    <message>
        <source>请至少选择一项服务</source>
        <translation>Choose at least one service</translation>
    </message>
    <message>
        <source>未知的服务：%1</source>
        <translation>Unknown service: %1</translation>
    </message>
    <message>
        <source>选了“其他”，请写明内容</source>
        <translation>"Other" is chosen: describe it</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次</source>
        <translation>The next visit date must be after this one</translation>
    </message>
    <message>
        <source>找不到该儿童中医药记录</source>
        <translation>Children's TCM record not found</translation>
    </message>
</context>
<context>
    <name>Models::TeamRepository</name>
    <message>
        <source>请填写团队名称</source>
        <translation>Enter the team name</translation>
    </message>
    <message>
        <source>该村（居委会）不在本机的区划表中</source>
        <translation>This village is not in this workstation's area table</translation>
    </message>
    <message>
        <source>请填写成员姓名</source>
        <translation>Enter the member's name</translation>
    </message>
    <message>
        <source>请选择成员角色</source>
        <translation>Choose the member's role</translation>
    </message>
    <message>
        <source>电话号码格式不正确</source>
        <translation>Wrong phone number format</translation>
    </message>
    <message>
        <source>请选择团队</source>
        <translation>Choose the team</translation>
    </message>
    <message>
        <source>找不到该签约团队</source>
        <translation>Contract team not found</translation>
    </message>
    <message>
        <source>找不到该团队成员</source>
        <translation>Team member not found</translation>
    </message>
</context>
<context>
    <name>Models::Timeline</name>
    <message>
        <source>出诊</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>建立健康档案</source>
        <translation>Health record created</translation>
    </message>
    <message>
        <source>档案编号 %1</source>
        <translation>Record number %1</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>合并重复档案</source>
        <translation>Duplicate records merged</translation>
    </message>
    <message>
        <source>合并重复档案（已撤销）</source>
        <translation>Duplicate records merged (undone)</translation>
    </message>
    <message>
        <source>并入 %1（档案号 %2）</source>
        <translation>Merged in %1 (record %2)</translation>
    </message>
    <message>
        <source>并入的档案</source>
        <translation>Merged-in record</translation>
    </message>
    <message>
        <source>主诉</source>
        <translation>Chief complaint</translation>
    </message>
    <message>
        <source>查体与检查</source>
        <translation>Examination and tests</translation>
    </message>
    <message>
        <source>评估</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>处置计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>处方</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>转诊至</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>转诊原因</source>
        <translation>Referral reason</translation>
    </message>
    <message>
        <source>医生</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>%1接诊</source>
        <translation>%1 visit</translation>
    </message>
    <message>
        <source>血压 %1/%2</source>
        <translation>BP %1/%2</translation>
    </message>
    <message>
        <source>空腹血糖 %1</source>
        <translation>Fasting glucose %1</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>BMI %1</translation>
    </message>
    <message>
        <source>有异常</source>
        <translation>Abnormal findings</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>Responsible doctor</translation>
    </message>
    <message>
        <source>健康体检</source>
        <translation>Health check-up</translation>
    </message>
    <message>
        <source>高血压</source>
        <translation>Hypertension</translation>
    </message>
    <message>
        <source>2型糖尿病</source>
        <translation>Type 2 diabetes</translation>
    </message>
    <message>
        <source>纳入%1管理</source>
        <translation>Enrolled in %1 management</translation>
    </message>
    <message>
        <source>诊断 %1，确诊 %2</source>
        <translation>Diagnosis %1, confirmed %2</translation>
    </message>
    <message>
        <source>（%1 结案）</source>
        <translation> (closed %1)</translation>
    </message>
    <message>
        <source>诊断编码</source>
        <translation>Diagnosis code</translation>
    </message>
    <message>
        <source>确诊日期</source>
        <translation>Diagnosis date</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>糖尿病</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>65岁以上</source>
        <translation>Aged 65+</translation>
    </message>
    <message>
        <source>0-6岁儿童</source>
        <translation>Child 0-6</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>Resident not found</translation>
    </message>
    <message>
        <source>建档</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>接诊</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>慢病登记</source>
        <translation>Chronic-disease registration</translation>
    </message>
    <message>
        <source>慢病随访</source>
        <translation>Chronic care</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>Immunization</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>接诊日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>Check-up date</translation>
    </message>
    <message>
        <source>更正前的版本（%1 由 %2 更正）</source>
        <translation>Version before correction (corrected %1 by %2)</translation>
    </message>
    <message>
        <source>本条已更正（共 %1 次），当前显示最新版本；更正前的版本见下方。</source>
        <translation>This entry has been corrected (corrections: %1); the latest version is shown, with earlier versions below.</translation>
    </message>
    <message>
        <source>（已更正）</source>
        <translation> (corrected)</translation>
    </message>
    <message>
        <source>生命体征</source>
        <translation>Vital signs</translation>
    </message>
    <message>
        <source>死亡原因</source>
        <translation>Cause of death</translation>
    </message>
    <message>
        <source>迁往</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <source>注销原因</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>迁入自</source>
        <translation>Transferred in from</translation>
    </message>
    <message>
        <source>恢复原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>自该日起不在任何工作清单和统计分母中；签约和慢病管理已随之终止，此前的记录全部保留。</source>
        <translation>From that day on no work list and in no denominator; contracts and chronic care ended with it, every earlier record is kept.</translation>
    </message>
    <message>
        <source>档案恢复在管；此前终止的签约和管理登记仍为终止，需要时重新签约、登记。</source>
        <translation>The record is active again; contracts and registrations ended before stay ended: sign or register again if needed.</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>由其他工作站登记（经同步）</source>
        <translation>Recorded on another workstation (by sync)</translation>
    </message>
    <message>
        <source>档案状态</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>服务完整</source>
        <translation>Service complete</translation>
    </message>
    <message>
        <source>尚缺：%1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>老年人健康管理</source>
        <translation>Elderly health management</translation>
    </message>
    <message>
        <source>生活自理能力</source>
        <translation>Self-care ability</translation>
    </message>
    <message>
        <source>%1 分，%2</source>
        <translation>%1 points, %2</translation>
    </message>
    <message>
        <source>MMSE</source>
        <translation>MMSE</translation>
    </message>
    <message>
        <source>GDS</source>
        <translation>GDS</translation>
    </message>
    <message>
        <source>尚缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>下次服务</source>
        <translation>Next service</translation>
    </message>
    <message>
        <source>老年人年度服务未完成</source>
        <translation>Annual elderly service incomplete</translation>
    </message>
    <message>
        <source>今年未做老年人健康管理</source>
        <translation>No elderly service this year</translation>
    </message>
    <message>
        <source>体质未能判定</source>
        <translation>Constitution not determined</translation>
    </message>
    <message>
        <source>中医体质辨识</source>
        <translation>TCM constitution assessment</translation>
    </message>
    <message>
        <source>体质</source>
        <translation>Constitution</translation>
    </message>
    <message>
        <source>各体质得分</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>本条为更正后的版本</source>
        <translation>This is a corrected version</translation>
    </message>
    <message>
        <source>儿童中医药健康管理（%1月龄）</source>
        <translation>Children's TCM care (%1 months)</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>传授方法</source>
        <translation>Technique taught</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>下次随访</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>儿童中医药</source>
        <translation>Children's TCM</translation>
    </message>
    <message>
        <source>转诊</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>肺结核</source>
        <translation>Tuberculosis</translation>
    </message>
    <message>
        <source>严重精神障碍</source>
        <translation>Severe mental disorder</translation>
    </message>
    <message>
        <source>孕产妇健康管理</source>
        <translation>Maternal health management</translation>
    </message>
    <message>
        <source>儿童健康检查</source>
        <translation>Child health check</translation>
    </message>
</context>
<context>
    <name>Models::TimelineModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>Models::UserRepository</name>
    <message>
        <source>用户名或密码错误</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>用户名应为 2-32 个字母、数字、下划线、点或减号</source>
        <translation>The user name must be 2-32 letters, digits, underscores, dots or hyphens</translation>
    </message>
    <message>
        <source>未知的角色：%1</source>
        <translation>Unknown role: %1</translation>
    </message>
    <message>
        <source>村代码应为 12 位数字：%1</source>
        <translation>A village code must have 12 digits: %1</translation>
    </message>
    <message>
        <source>乡村医生必须指定负责的村</source>
        <translation>A village doctor must be assigned villages</translation>
    </message>
    <message>
        <source>找不到用户：%1</source>
        <translation>User not found: %1</translation>
    </message>
    <message>
        <source>用户名已存在：%1</source>
        <translation>User name already exists: %1</translation>
    </message>
    <message>
        <source>已有用户，不能再创建初始管理员</source>
        <translation>Users already exist; the initial administrator cannot be created again</translation>
    </message>
    <message>
        <source>不能降低或停用自己的管理员账户</source>
        <translation>You cannot demote or disable your own administrator account</translation>
    </message>
    <message>
        <source>新密码不能与旧密码相同</source>
        <translation>The new password cannot be the same as the old one</translation>
    </message>
    <message>
        <source>该账户已停用，请联系管理员</source>
        <translation>This account is disabled; contact the administrator</translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账户已锁定至 %1</source>
        <translation>Too many wrong passwords; the account is locked until %1</translation>
    </message>
    <message>
        <source>连续输错密码 %1 次，账户已锁定 %2 分钟</source>
        <translation>%1 wrong passwords in a row; the account is locked for %2 minutes</translation>
    </message>
    <message>
        <source>密码已保存，但未能更新加密数据库的密钥文件：%1</source>
        <translation>Password saved, but the encrypted database's key file could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>Models::VaccinationDay</name>
    <message>
        <source>请填写监护人姓名</source>
        <translation>Enter the guardian's name</translation>
    </message>
    <message>
        <source>请从列表中选择与儿童的关系</source>
        <translation>Select the relationship to the child from the list</translation>
    </message>
    <message>
        <source>监护人电话应为11位手机号或带区号的固定电话</source>
        <translation>Guardian phone must be an 11-digit mobile number or a landline with area code</translation>
    </message>
    <message>
        <source>找不到该儿童</source>
        <translation>Child not found</translation>
    </message>
    <message>
        <source>您无权查看或修改该村的居民</source>
        <translation>You may not see or change residents of this village</translation>
    </message>
</context>
<context>
    <name>Models::VaccinationDayModel</name>
    <message>
        <source>今日尚无本单位接种</source>
        <translation>No vaccinations at this clinic today</translation>
    </message>
    <message>
        <source>今日已接种 %1 人，留观中 %2 人</source>
        <translation>Vaccinated today: %1; in observation: %2</translation>
    </message>
    <message>
        <source>%1；下一位可离开：%2 %3</source>
        <translation>%1; next to leave: %2 %3</translation>
    </message>
    <message>
        <source>可离开</source>
        <translation>Can leave</translation>
    </message>
    <message>
        <source>%1 可离开（还需 %2 分钟）</source>
        <extracomment>observation: "10:45 可离开（还需 12 分钟）"</extracomment>
        <translation>%1 can leave in %2 min</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>疫苗</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>接种时间</source>
        <translation>Vaccination time</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>留观</source>
        <translation>Observation</translation>
    </message>
</context>
<context>
    <name>Models::VaccineNames</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Models::VaccinePlanner</name>
    <message>
        <source>已种</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>应种</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>无需接种</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>禁忌</source>
        <translation>Contraindicated</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>%1月龄</source>
        <translation>%1 mo</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>%1个月</source>
        <translation>%1 mo</translation>
    </message>
    <message>
        <source>未知疫苗：%1</source>
        <translation>Unknown vaccine: %1</translation>
    </message>
    <message>
        <source>未知健康状况：%1</source>
        <translation>Unknown health condition: %1</translation>
    </message>
    <message>
        <source>已接种</source>
        <translation>Already given</translation>
    </message>
    <message>
        <source>已选用%1</source>
        <translation>%1 chosen</translation>
    </message>
    <message>
        <source>本系列已完成</source>
        <translation>Series complete</translation>
    </message>
    <message>
        <source>已完成：%1</source>
        <translation>Complete: %1</translation>
    </message>
    <message>
        <source>因健康状况以%1代替%2</source>
        <translation>%1 instead of %2 because of a health condition</translation>
    </message>
    <message>
        <source>健康状况禁忌：%1</source>
        <translation>Contraindicated by health condition: %1</translation>
    </message>
    <message>
        <source>按程序%1起接种</source>
        <translation>Scheduled from age %1</translation>
    </message>
    <message>
        <source>%1未完成，%2起补种</source>
        <translation>%1 not completed; catch-up from age %2</translation>
    </message>
    <message>
        <source>距第%1剂至少%2</source>
        <translation>At least %2 after dose %1</translation>
    </message>
    <message>
        <source>距%1第%2剂至少%3</source>
        <translation>At least %3 after %1 dose %2</translation>
    </message>
    <message>
        <source>距上次注射减毒活疫苗至少%1</source>
        <translation>At least %1 after the last injected live attenuated vaccine</translation>
    </message>
    <message>
        <source>满%1不再补种</source>
        <translation>No catch-up from age %1</translation>
    </message>
    <message>
        <source>补种</source>
        <translation>Catch-up</translation>
    </message>
    <message>
        <source>接种日期早于出生日期</source>
        <translation>The vaccination date is before the date of birth</translation>
    </message>
    <message>
        <source>该儿童有%1的禁忌（健康状况）</source>
        <translation>This child has a contraindication to %1 (health condition)</translation>
    </message>
    <message>
        <source>%1不用于%2及以上儿童</source>
        <translation>%1 is not for children aged %2 or older</translation>
    </message>
    <message>
        <source>当天已接种%1</source>
        <translation>%1 already given that day</translation>
    </message>
    <message>
        <source>与%1（%2）间隔不足%3：两种注射减毒活疫苗未同时接种须间隔至少%3</source>
        <translation>Less than %3 after %1 (%2): two injected live attenuated vaccines not given on the same day must be at least %3 apart</translation>
    </message>
    <message>
        <source>%1：%2前接种不计入程序剂次</source>
        <translation>%1: doses before age %2 do not count toward the schedule</translation>
    </message>
    <message>
        <source>%1：满%2不再接种</source>
        <translation>%1: not given from age %2</translation>
    </message>
    <message>
        <source>非免疫规划疫苗或不计入任何程序剂次</source>
        <translation>Non-programme vaccine, or does not count toward any scheduled dose</translation>
    </message>
    <message>
        <source>%1已全程接种</source>
        <translation>%1 series complete</translation>
    </message>
    <message>
        <source>计为%1第%2剂</source>
        <translation>Counts as %1 dose %2</translation>
    </message>
    <message>
        <source>%1第%2剂未到时间：最早%3（%4）</source>
        <translation>%1 dose %2 not yet due: earliest %3 (%4)</translation>
    </message>
    <message>
        <source>%1第%2剂：%3</source>
        <translation>%1 dose %2: %3</translation>
    </message>
    <message>
        <source>请给出出生日期（YYYY-MM-DD）</source>
        <translation>Give the date of birth (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>性别应为 M 或 F</source>
        <translation>sex must be M or F</translation>
    </message>
    <message>
        <source>计划日期格式应为 YYYY-MM-DD</source>
        <translation>The plan date must be in YYYY-MM-DD form</translation>
    </message>
    <message>
        <source>接种日期格式应为 YYYY-MM-DD</source>
        <translation>The vaccination date must be in YYYY-MM-DD form</translation>
    </message>
</context>
<context>
    <name>Models::VitalSigns</name>
    <message>
        <source>收缩压</source>
        <translation>Systolic</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>Diastolic</translation>
    </message>
    <message>
        <source>脉搏</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>体温</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg</source>
        <translation>BP %1/%2 mmHg</translation>
    </message>
    <message>
        <source>脉搏 %1 次/分</source>
        <translation>Pulse %1 bpm</translation>
    </message>
    <message>
        <source>体温 %1 ℃</source>
        <translation>Temperature %1 °C</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Models::WorkItem</name>
    <message>
        <source>待处理</source>
        <translation>To do</translation>
    </message>
    <message numerus="yes">
        <source>逾期 %n 天</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message>
        <source>已到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n 天后到期</source>
        <translation><numerusform>Due in %n day</numerusform><numerusform>Due in %n days</numerusform></translation>
    </message>
    <message>
        <source>%1；同时完成签约服务：%2</source>
        <translation>%1; also does the contract service: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Models::WorkItemModel</name>
    <message>
        <source>本机待办</source>
        <translation>This workstation's queue</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>户（地址）</source>
        <translation>Household (address)</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>性别年龄</source>
        <translation>Sex, age</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>应做日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Models::WorkListModel</name>
    <message>
        <source>村（居委会）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>签约医生</source>
        <translation>Contract doctor</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>协议号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>重点人群</source>
        <translation>Key population</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>已签约</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>家庭人数</source>
        <translation>Household size</translation>
    </message>
</context>
<context>
    <name>Models::WorklistSources</name>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>家庭医生签约已于 %1 到期，待续约%2</source>
        <translation>Family-doctor contract ended %1, to renew%2</translation>
    </message>
    <message>
        <source>家庭医生签约将于 %1 到期，请续约%2</source>
        <translation>Family-doctor contract ends %1, please renew%2</translation>
    </message>
    <message>
        <source>签约服务“%1”逾期，应于 %2</source>
        <translation>Contract service "%1" overdue, due %2</translation>
    </message>
    <message>
        <source>签约服务“%1”应于 %2</source>
        <translation>Contract service "%1" due %2</translation>
    </message>
    <message>
        <source>慢病清单类型“%1”不存在</source>
        <translation>No chronic list type "%1"</translation>
    </message>
    <message>
        <source>%1随访逾期，应于 %2</source>
        <translation>%1 follow-up overdue, due %2</translation>
    </message>
    <message>
        <source>%1随访应于 %2</source>
        <translation>%1 follow-up due %2</translation>
    </message>
    <message>
        <source>（上次 %1%2）</source>
        <translation> (last %1%2)</translation>
    </message>
    <message>
        <source>（尚无随访）</source>
        <translation> (no follow-up yet)</translation>
    </message>
    <message>
        <source>%1 第%2剂</source>
        <translation>%1 dose %2</translation>
    </message>
    <message>
        <source>（补种）</source>
        <translation> (catch-up)</translation>
    </message>
    <message>
        <source>工作清单来源“%1”的查询无法执行</source>
        <translation>The query of work-list source "%1" could not run</translation>
    </message>
    <message>
        <source>工作清单来源定义有误：%1</source>
        <translation>The work-list source definitions are wrong: %1</translation>
    </message>
    <message>
        <source>缺少 sources 列表</source>
        <translation>The sources list is missing</translation>
    </message>
    <message>
        <source>来源编号“%1”为空、重复或含有不允许的字符</source>
        <translation>Source id "%1" is empty, repeated or has characters not allowed</translation>
    </message>
    <message>
        <source>来源“%1”缺少项目名称（programme.zh）</source>
        <translation>Source "%1" has no programme name (programme.zh)</translation>
    </message>
    <message>
        <source>来源“%1”须写明所需的查看权限（permission）</source>
        <translation>Source "%1" must name the read permission it needs (permission)</translation>
    </message>
    <message>
        <source>来源“%1”须有 class 或 query 之一</source>
        <translation>Source "%1" needs either class or query</translation>
    </message>
    <message>
        <source>来源“%1”的类“%2”不存在</source>
        <translation>Source "%1": no class "%2"</translation>
    </message>
    <message>
        <source>来源“%1”的查询须为 SELECT，并用 {population} 限定在册居民</source>
        <translation>Source "%1": the query must be a SELECT and use {population} for the residents on record</translation>
    </message>
    <message>
        <source>来源“%1”须写明 kind 和 form</source>
        <translation>Source "%1" must give kind and form</translation>
    </message>
    <message>
        <source>来源“%1”须给出事由（reasons）</source>
        <translation>Source "%1" must give its reasons</translation>
    </message>
    <message>
        <source>来源“%1”的事由“%2”缺少中文</source>
        <translation>Source "%1": reason "%2" has no Chinese text</translation>
    </message>
</context>
<context>
    <name>ReportSender</name>
    <message>
        <source>本机没有村（行政区划），无法确定上报机构的地区</source>
        <translation>This workstation has no village (administrative area): the reporting clinic's area is unknown</translation>
    </message>
    <message>
        <source>无法保存工作站标识</source>
        <translation>Cannot save the workstation id</translation>
    </message>
    <message>
        <source>月份无效或尚未开始：%1</source>
        <translation>Invalid month, or it has not started: %1</translation>
    </message>
    <message>
        <source>上报月度指标需要统计报表和同步权限</source>
        <translation>Sending monthly figures needs the reports and sync permissions</translation>
    </message>
    <message>
        <source>上报月度指标需要全部村的权限（本账户只能看到部分村，指标会不完整）</source>
        <translation>Sending monthly figures needs access to every village (this account sees only some, so the figures would be incomplete)</translation>
    </message>
    <message>
        <source>尚未设置区域平台地址和工作站令牌（见同步设置）</source>
        <translation>The platform address and workstation token are not set (see the sync settings)</translation>
    </message>
    <message>
        <source>统计 %1 的指标</source>
        <translation>Counting the indicators of %1</translation>
    </message>
    <message>
        <source>没有可上报的指标</source>
        <translation>No indicators to send</translation>
    </message>
    <message>
        <source>无法读取 CA 证书文件：%1</source>
        <translation>Cannot read the CA certificate file: %1</translation>
    </message>
    <message>
        <source>无法连接区域平台：%1</source>
        <translation>Cannot reach the regional platform: %1</translation>
    </message>
    <message>
        <source>区域平台不接受本工作站的令牌（401）</source>
        <translation>The regional platform does not accept this workstation's token (401)</translation>
    </message>
    <message>
        <source>区域平台拒绝（%1）：%2</source>
        <translation>The regional platform refused (%1): %2</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>读取平台上已有的版本</source>
        <translation>Reading the versions already on the platform</translation>
    </message>
    <message>
        <source>上报 %1 项指标</source>
        <translation>Sending %1 indicators</translation>
    </message>
    <message>
        <source>区域平台的应答不完整（%1 项，应为 %2 项）</source>
        <translation>The regional platform's answer is incomplete (%1 entries, %2 expected)</translation>
    </message>
    <message>
        <source>区域平台的应答含有失败的条目：%1</source>
        <translation>The regional platform's answer has a failed entry: %1</translation>
    </message>
    <message>
        <source>已上报 %1 项指标</source>
        <translation>%1 indicators sent</translation>
    </message>
    <message>
        <source>区域平台上的版本一直在变（412），请稍后再试</source>
        <translation>The versions on the platform keep changing (412); try again later</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <source>无法连接平台：%1</source>
        <translation>Cannot connect to the platform: %1</translation>
    </message>
    <message>
        <source>平台返回 HTTP %1</source>
        <translation>The platform returned HTTP %1</translation>
    </message>
    <message>
        <source>数据库忙，请稍后再同步</source>
        <translation>The database is busy; sync again later</translation>
    </message>
    <message>
        <source>写入下载的数据失败</source>
        <translation>Writing the downloaded data failed</translation>
    </message>
    <message>
        <source>下载</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>上传</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>%1 条平台记录无法存入本机（例如档案编号重复），已暂存并将在下次同步时重试</source>
        <translation>%1 platform records could not be stored locally (e.g. duplicate record numbers); they are held and will be retried at the next sync</translation>
    </message>
    <message>
        <source>本机时钟与平台相差 %1 分钟，请校准系统时间</source>
        <translation>The local clock differs from the platform by %1 minutes; correct the system time</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>您没有同步数据的权限</source>
        <translation>You do not have permission to sync data</translation>
    </message>
    <message>
        <source>尚未配置区域平台地址和工作站令牌</source>
        <translation>The regional platform URL and workstation token are not configured yet</translation>
    </message>
    <message>
        <source>另一个同步正在进行</source>
        <translation>Another sync is in progress</translation>
    </message>
    <message>
        <source>无法读取 CA 证书文件：%1</source>
        <translation>Cannot read the CA certificate file: %1</translation>
    </message>
    <message>
        <source>连接平台</source>
        <translation>Connecting to the platform</translation>
    </message>
    <message>
        <source>同步已取消</source>
        <translation>Sync cancelled</translation>
    </message>
    <message>
        <source>数据库未打开</source>
        <translation>The database is not open</translation>
    </message>
    <message>
        <source>平台的应答不完整</source>
        <translation>The platform's answer was incomplete</translation>
    </message>
    <message>
        <source>FHIR 服务器 %1 不支持事务包（transaction），无法同步</source>
        <translation>The FHIR server %1 does not support transaction Bundles; cannot sync</translation>
    </message>
    <message>
        <source>%1 不是 FHIR R4 服务器：找不到它的能力声明（metadata）</source>
        <translation>%1 is not a FHIR R4 server: no capability statement (metadata) found</translation>
    </message>
    <message>
        <source>服务器只返回了 %1 条中的 %2 条，没有给出下一页的链接</source>
        <translation>The server returned only %2 of %1 entries and gave no link to the next page</translation>
    </message>
    <message>
        <source>服务器的下一页链接指回已读过的页</source>
        <translation>The server's next-page link points back to a page already read</translation>
    </message>
    <message>
        <source>服务器的下一页链接指向另一个服务器：%1</source>
        <translation>The server's next-page link points to another server: %1</translation>
    </message>
    <message>
        <source>服务器 %1 既不提供历史（_history）也不提供按类型查询，无法下载修改</source>
        <translation>The server %1 offers neither history (_history) nor search by type; changes cannot be downloaded</translation>
    </message>
    <message>
        <source>%1 条记录未能上传，将在下次同步时重试</source>
        <translation>%1 records could not be uploaded; they will be retried at the next sync</translation>
    </message>
</context>
<context>
    <name>Sync::SyncState</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>现住址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>所属村（居委会）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>常住类型</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head of household</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>联系人姓名</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>诊断编码</source>
        <translation>Diagnosis code</translation>
    </message>
    <message>
        <source>确诊日期</source>
        <translation>Diagnosis date</translation>
    </message>
    <message>
        <source>危险分层</source>
        <translation>Risk stratification</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>Responsible doctor</translation>
    </message>
    <message>
        <source>平台地址应以 https:// 开头</source>
        <translation>The platform URL must start with https://</translation>
    </message>
    <message>
        <source>找不到 CA 证书文件：%1</source>
        <translation>CA certificate file not found: %1</translation>
    </message>
    <message>
        <source>不支持的记录类型</source>
        <translation>Unsupported record type</translation>
    </message>
    <message>
        <source>未知字段：%1</source>
        <translation>Unknown field: %1</translation>
    </message>
    <message>
        <source>数据库忙，请稍后再试</source>
        <translation>The database is busy; try again later</translation>
    </message>
    <message>
        <source>数据库操作失败</source>
        <translation>Database operation failed</translation>
    </message>
    <message>
        <source>请为每个冲突字段选择一个值</source>
        <translation>Choose a value for each conflicting field</translation>
    </message>
    <message>
        <source>自动同步间隔应在 0（关闭）到 1440 分钟之间</source>
        <translation>The auto-sync interval must be between 0 (off) and 1440 minutes</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>人群标记</source>
        <translation>Population groups</translation>
    </message>
    <message>
        <source>接诊</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>体检</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>慢病登记</source>
        <translation>Chronic-disease registration</translation>
    </message>
    <message>
        <source>随访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>接种</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>禁忌/拒种</source>
        <translation>Contraindication/Refusal</translation>
    </message>
    <message>
        <source>接种证</source>
        <translation>Vaccination certificate</translation>
    </message>
    <message>
        <source>疫苗批号</source>
        <translation>Vaccine lot</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>签约服务</source>
        <translation>Contracted services</translation>
    </message>
    <message>
        <source>服务包</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>团队成员</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>监护人关系</source>
        <translation>Guardian relationship</translation>
    </message>
    <message>
        <source>随访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>收缩压（mmHg）</source>
        <translation>Systolic BP (mmHg)</translation>
    </message>
    <message>
        <source>舒张压（mmHg）</source>
        <translation>Diastolic BP (mmHg)</translation>
    </message>
    <message>
        <source>心率（次/分）</source>
        <translation>Heart rate (bpm)</translation>
    </message>
    <message>
        <source>体重（kg）</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>身高（cm）</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <source>体质指数</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>空腹血糖（mmol/L）</source>
        <translation>Fasting glucose (mmol/L)</translation>
    </message>
    <message>
        <source>糖化血红蛋白（%）</source>
        <translation>HbA1c (%)</translation>
    </message>
    <message>
        <source>用药情况</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>症状</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>服药依从性</source>
        <translation>Medication adherence</translation>
    </message>
    <message>
        <source>日吸烟量（支）</source>
        <translation>Cigarettes per day</translation>
    </message>
    <message>
        <source>日饮酒量（两）</source>
        <translation>Alcohol per day (liang, 50 g)</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>Check-up date</translation>
    </message>
    <message>
        <source>接种日期</source>
        <translation>Vaccination date</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>Lot number</translation>
    </message>
    <message>
        <source>药物过敏史</source>
        <translation>Drug allergy history</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 条记录的修改尚未上传到平台</source>
        <translation><numerusform>%n record has changes not yet sent to the platform</numerusform><numerusform>%n records have changes not yet sent to the platform</numerusform></translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 条记录有同步冲突</source>
        <translation><numerusform>%n more record in conflict</numerusform><numerusform>%n more records in conflict</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>同步冲突：%1（%n 处本机与平台不同，请选择）</source>
        <translation><numerusform>Sync conflict: %1 (%n field differs from the platform, choose)</numerusform><numerusform>Sync conflict: %1 (%n fields differ from the platform, choose)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 条记录被平台拒收</source>
        <translation><numerusform>%n more record rejected by the platform</numerusform><numerusform>%n more records rejected by the platform</numerusform></translation>
    </message>
    <message>
        <source>平台拒收：%1：%2</source>
        <translation>Rejected by the platform: %1: %2</translation>
    </message>
    <message>
        <source>老年人健康管理</source>
        <translation>Elderly health management</translation>
    </message>
    <message>
        <source>中医体质辨识</source>
        <translation>TCM constitution assessment</translation>
    </message>
    <message>
        <source>儿童中医药健康管理</source>
        <translation>Children's TCM health management</translation>
    </message>
    <message>
        <source>孕产妇建册</source>
        <translation>Book a pregnancy</translation>
    </message>
    <message>
        <source>产前/产后随访</source>
        <translation>Prenatal or postpartum visit</translation>
    </message>
    <message>
        <source>分娩（新生儿）</source>
        <translation>Birth (newborn)</translation>
    </message>
    <message>
        <source>儿童健康检查</source>
        <translation>Child health check</translation>
    </message>
    <message>
        <source>严重精神障碍登记</source>
        <translation>Severe mental disorder registration</translation>
    </message>
    <message>
        <source>严重精神障碍随访</source>
        <translation>Severe mental disorder follow-up</translation>
    </message>
    <message>
        <source>肺结核患者登记</source>
        <translation>Tuberculosis registration</translation>
    </message>
    <message>
        <source>肺结核随访</source>
        <translation>TB follow-up</translation>
    </message>
    <message>
        <source>肺结核服药记录</source>
        <translation>TB dose card</translation>
    </message>
    <message>
        <source>双向转诊</source>
        <translation>Two-way referral</translation>
    </message>
    <message>
        <source>压缩上传应为 auto、on 或 off</source>
        <translation>Upload compression must be auto, on or off</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>数据库操作失败</source>
        <translation>Database operation failed</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>家医</source>
        <translation>Jiayi</translation>
    </message>
    <message>
        <source>设置文件有 %1 处问题，什么都没有写入：
%2</source>
        <translation>The settings file has %1 problem(s); nothing was written:
%2</translation>
    </message>
    <message>
        <source>设置没有写入：%1</source>
        <translation>Settings not written: %1</translation>
    </message>
    <message>
        <source>加密的数据库请用 jiayi-cli setup --from 文件 --db 数据库 --unlock-recovery-key-file 恢复密钥文件 写入设置</source>
        <translation>For an encrypted database, write the settings with jiayi-cli setup --from FILE --db DATABASE --unlock-recovery-key-file RECOVERY_KEY_FILE</translation>
    </message>
</context>
</TS>