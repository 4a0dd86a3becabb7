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
        <source>团队与服务包管理；居民或整户签约、续约、解约；到期提醒；重点人群签约率等指标。</source>
        <translation>Teams and service packages; signing residents or whole households, renewal, termination; expiry reminders; signing-rate indicators.</translation>
    </message>
    <message>
        <source>慢病随访</source>
        <translation>Chronic care</translation>
    </message>
    <message>
        <source>高血压、2型糖尿病登记与随访（按国家基本公共卫生服务规范分类）；随访工作清单；血压血糖趋势图；规范管理率与控制率。</source>
        <translation>Hypertension and type 2 diabetes registration and follow-up (classified by the national standard); worklists; BP and glucose trends; management and control rates.</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>Immunization</translation>
    </message>
    <message>
        <source>国家免疫规划儿童程序；应种、逾期与补种计划；接种登记；接种证打印；接种率。</source>
        <translation>The national child immunization schedule; due, overdue and catch-up plans; dose recording; certificates; coverage.</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>建档率、签约率、规范管理率、控制率、接种率等指标报表，可打印和导出。</source>
        <translation>Indicator reports (record, signing, management, control and coverage rates), printable and exportable.</translation>
    </message>
    <message>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>与区域全民健康信息平台同步（FHIR R4）：离线工作、联网后上传下载、冲突处理。</source>
        <translation>Sync with the regional health platform (FHIR R4): work offline, upload and download when connected, resolve conflicts.</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
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
        <source>查看/编辑 (Enter)</source>
        <translation>Open (Enter)</translation>
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
    <name>Models::Permission</name>
    <message>
        <source>您的角色无权进行此操作（%1）</source>
        <translation>Your role may not do this (%1)</translation>
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
        <source>您无权查看或修改该村的居民</source>
        <translation>You may not see or change residents of this village</translation>
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
</TS>