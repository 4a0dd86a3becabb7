<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>创建新的数据库文件（--db PATH）</source>
        <translation>创建新的数据库文件（--db PATH）</translation>
    </message>
    <message>
        <source>升级数据库结构，升级前自动备份（--db PATH）</source>
        <translation>升级数据库结构，升级前自动备份（--db PATH）</translation>
    </message>
    <message>
        <source>检查数据库完整性（--db PATH）</source>
        <translation>检查数据库完整性（--db PATH）</translation>
    </message>
    <message>
        <source>生成演示数据（--db PATH --residents N --seed S）</source>
        <translation>生成演示数据（--db PATH --residents N --seed S）</translation>
    </message>
    <message>
        <source>查找居民（--db PATH 查询内容）</source>
        <translation>查找居民（--db PATH 查询内容）</translation>
    </message>
    <message>
        <source>校验身份证号（NUMBER）</source>
        <translation>校验身份证号（NUMBER）</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>界面语言：zh 或 en</source>
        <translation>界面语言：zh 或 en</translation>
    </message>
    <message>
        <source>缺少 --db 数据库文件路径</source>
        <translation>缺少 --db 数据库文件路径</translation>
    </message>
    <message>
        <source>用法：jiayi-cli &lt;命令&gt; [选项]

命令：
</source>
        <translation>用法：jiayi-cli &lt;命令&gt; [选项]

命令：
</translation>
    </message>
    <message>
        <source>
通用选项：--json（JSON 输出），--lang en（英文），--help，--version
每个命令后加 --help 查看其选项。</source>
        <translation>
通用选项：--json（JSON 输出），--lang en（英文），--help，--version
每个命令后加 --help 查看其选项。</translation>
    </message>
    <message>
        <source>未知命令：%1（jiayi-cli --help 列出全部命令）</source>
        <translation>未知命令：%1（jiayi-cli --help 列出全部命令）</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>创建新的数据库文件</source>
        <translation>创建新的数据库文件</translation>
    </message>
    <message>
        <source>文件已存在：%1（升级请用 migrate）</source>
        <translation>文件已存在：%1（升级请用 migrate）</translation>
    </message>
    <message>
        <source>已创建数据库 %1（结构版本 %2）</source>
        <translation>已创建数据库 %1（结构版本 %2）</translation>
    </message>
    <message>
        <source>把数据库升级到本程序的结构版本（升级前自动备份）</source>
        <translation>把数据库升级到本程序的结构版本（升级前自动备份）</translation>
    </message>
    <message>
        <source>数据库已是最新版本（%1），无需升级</source>
        <translation>数据库已是最新版本（%1），无需升级</translation>
    </message>
    <message>
        <source>已从版本 %1 升级到 %2</source>
        <translation>已从版本 %1 升级到 %2</translation>
    </message>
    <message>
        <source>升级前的备份：%1</source>
        <translation>升级前的备份：%1</translation>
    </message>
    <message>
        <source>检查数据库完整性</source>
        <translation>检查数据库完整性</translation>
    </message>
    <message>
        <source>数据库完好</source>
        <translation>数据库完好</translation>
    </message>
    <message>
        <source>居民人数（默认 2000）</source>
        <translation>居民人数（默认 2000）</translation>
    </message>
    <message>
        <source>随机种子（相同种子生成相同数据）</source>
        <translation>随机种子（相同种子生成相同数据）</translation>
    </message>
    <message>
        <source>以该日期计算年龄（YYYY-MM-DD，默认今天）</source>
        <translation>以该日期计算年龄（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>生成演示乡镇数据</source>
        <translation>生成演示乡镇数据</translation>
    </message>
    <message>
        <source>--residents 应为正整数</source>
        <translation>--residents 应为正整数</translation>
    </message>
    <message>
        <source>--seed 应为非负整数</source>
        <translation>--seed 应为非负整数</translation>
    </message>
    <message>
        <source>--today 应为 YYYY-MM-DD 格式的日期</source>
        <translation>--today 应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>已生成 %1 名居民、%2 户、%3 个村，用时 %4 秒</source>
        <translation>已生成 %1 名居民、%2 户、%3 个村，用时 %4 秒</translation>
    </message>
    <message>
        <source>只查该村（12位区划代码）</source>
        <translation>只查该村（12位区划代码）</translation>
    </message>
    <message>
        <source>最多显示条数（默认 20）</source>
        <translation>最多显示条数（默认 20）</translation>
    </message>
    <message>
        <source>姓名、拼音、首字母、身份证号（或后4-6位）、电话（或后4位）、档案编号</source>
        <translation>姓名、拼音、首字母、身份证号（或后4-6位）、电话（或后4位）、档案编号</translation>
    </message>
    <message>
        <source>查找居民</source>
        <translation>查找居民</translation>
    </message>
    <message>
        <source>请给出要查找的内容</source>
        <translation>请给出要查找的内容</translation>
    </message>
    <message>
        <source>没有找到匹配的居民</source>
        <translation>没有找到匹配的居民</translation>
    </message>
    <message>
        <source>身份证号（18位或15位）</source>
        <translation>身份证号（18位或15位）</translation>
    </message>
    <message>
        <source>校验身份证号（GB 11643）</source>
        <translation>校验身份证号（GB 11643）</translation>
    </message>
    <message>
        <source>请给出一个身份证号</source>
        <translation>请给出一个身份证号</translation>
    </message>
    <message>
        <source>有效：%1，出生日期 %2，性别 %3</source>
        <translation>有效：%1，出生日期 %2，性别 %3</translation>
    </message>
    <message>
        <source>无效：%1</source>
        <translation>无效：%1</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>家医 — 家庭医生工作站</source>
        <translation>家医 — 家庭医生工作站</translation>
    </message>
    <message>
        <source>居民档案</source>
        <translation>居民档案</translation>
    </message>
    <message>
        <source>家庭医生签约</source>
        <translation>家庭医生签约</translation>
    </message>
    <message>
        <source>团队与服务包管理；居民或整户签约、续约、解约；到期提醒；重点人群签约率等指标。</source>
        <translation>团队与服务包管理；居民或整户签约、续约、解约；到期提醒；重点人群签约率等指标。</translation>
    </message>
    <message>
        <source>慢病随访</source>
        <translation>慢病随访</translation>
    </message>
    <message>
        <source>高血压、2型糖尿病登记与随访（按国家基本公共卫生服务规范分类）；随访工作清单；血压血糖趋势图；规范管理率与控制率。</source>
        <translation>高血压、2型糖尿病登记与随访（按国家基本公共卫生服务规范分类）；随访工作清单；血压血糖趋势图；规范管理率与控制率。</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>预防接种</translation>
    </message>
    <message>
        <source>国家免疫规划儿童程序；应种、逾期与补种计划；接种登记；接种证打印；接种率。</source>
        <translation>国家免疫规划儿童程序；应种、逾期与补种计划；接种登记；接种证打印；接种率。</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>建档率、签约率、规范管理率、控制率、接种率等指标报表，可打印和导出。</source>
        <translation>建档率、签约率、规范管理率、控制率、接种率等指标报表，可打印和导出。</translation>
    </message>
    <message>
        <source>数据同步</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>与区域全民健康信息平台同步（FHIR R4）：离线工作、联网后上传下载、冲突处理。</source>
        <translation>与区域全民健康信息平台同步（FHIR R4）：离线工作、联网后上传下载、冲突处理。</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>Gui::PlaceholderPage</name>
    <message>
        <source>此功能尚未完成，本版本中不能使用。计划提供：</source>
        <translation>此功能尚未完成，本版本中不能使用。计划提供：</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentEditor</name>
    <message>
        <source>新建居民</source>
        <translation>新建居民</translation>
    </message>
    <message>
        <source>居民基本信息</source>
        <translation>居民基本信息</translation>
    </message>
    <message>
        <source>18位，末位可为X；15位旧号自动升位</source>
        <translation>18位，末位可为X；15位旧号自动升位</translation>
    </message>
    <message>
        <source>手机11位，或座机如 0731-84001234</source>
        <translation>手机11位，或座机如 0731-84001234</translation>
    </message>
    <message>
        <source>保存时自动分配</source>
        <translation>保存时自动分配</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>身份证号(&amp;I)</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>性别(&amp;S)</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>出生日期(&amp;B)</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>本人电话(&amp;P)</source>
        <translation>本人电话(&amp;P)</translation>
    </message>
    <message>
        <source>村（居委会）(&amp;V)</source>
        <translation>村（居委会）(&amp;V)</translation>
    </message>
    <message>
        <source>现住址(&amp;A)</source>
        <translation>现住址(&amp;A)</translation>
    </message>
    <message>
        <source>常住类型(&amp;T)</source>
        <translation>常住类型(&amp;T)</translation>
    </message>
    <message>
        <source>民族(&amp;E)</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <source>家庭(&amp;H)</source>
        <translation>家庭(&amp;H)</translation>
    </message>
    <message>
        <source>与户主关系(&amp;R)</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <source>健康档案编号</source>
        <translation>健康档案编号</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>新建家庭（本人为户主）</source>
        <translation>新建家庭（本人为户主）</translation>
    </message>
    <message numerus="yes">
        <source>户主 %1 · %2 · %n人</source>
        <translation><numerusform>户主 %1 · %2 · %n人</numerusform></translation>
    </message>
    <message>
        <source>。您填写的内容仍在屏幕上。</source>
        <translation>。您填写的内容仍在屏幕上。</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentsPage</name>
    <message>
        <source>查找：姓名、拼音或首字母（如 zs）、身份证号或后4-6位、电话或后4位、档案编号  (Ctrl+F)</source>
        <translation>查找：姓名、拼音或首字母（如 zs）、身份证号或后4-6位、电话或后4位、档案编号  (Ctrl+F)</translation>
    </message>
    <message>
        <source>新建居民 (Ctrl+N)</source>
        <translation>新建居民 (Ctrl+N)</translation>
    </message>
    <message>
        <source>查看/编辑 (Enter)</source>
        <translation>查看/编辑 (Enter)</translation>
    </message>
    <message>
        <source>全部村（居委会）</source>
        <translation>全部村（居委会）</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 名居民</source>
        <translation><numerusform>共 %n 名居民</numerusform></translation>
    </message>
    <message>
        <source>没有找到匹配的居民</source>
        <translation>没有找到匹配的居民</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 名居民</source>
        <translation><numerusform>找到 %n 名居民</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>已显示前 %n 名匹配的居民，向下滚动查看更多</source>
        <translation><numerusform>已显示前 %n 名匹配的居民，向下滚动查看更多</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::SettingsPage</name>
    <message>
        <source>语言已保存，重新启动家医后生效。</source>
        <translation>语言已保存，重新启动家医后生效。</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>数据库结构版本</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>程序版本</source>
        <translation>程序版本</translation>
    </message>
</context>
<context>
    <name>Models::Database</name>
    <message>
        <source>保存失败：数据库拒绝了这次修改</source>
        <translation>保存失败：数据库拒绝了这次修改</translation>
    </message>
    <message>
        <source>数据库事务未能开始</source>
        <translation>数据库事务未能开始</translation>
    </message>
    <message>
        <source>数据库文件无法读取</source>
        <translation>数据库文件无法读取</translation>
    </message>
    <message>
        <source>文件不是有效的家医数据库</source>
        <translation>文件不是有效的家医数据库</translation>
    </message>
    <message>
        <source>数据库操作失败</source>
        <translation>数据库操作失败</translation>
    </message>
    <message>
        <source>缺少数据库升级脚本</source>
        <translation>缺少数据库升级脚本</translation>
    </message>
    <message>
        <source>数据库升级到第 %1 版失败，数据库保持原样</source>
        <translation>数据库升级到第 %1 版失败，数据库保持原样</translation>
    </message>
    <message>
        <source>升级前备份失败，未做任何修改</source>
        <translation>升级前备份失败，未做任何修改</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>数据库文件不存在：%1</translation>
    </message>
    <message>
        <source>无法创建目录：%1</source>
        <translation>无法创建目录：%1</translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>SQLite 驱动不可用</source>
        <translation>SQLite 驱动不可用</translation>
    </message>
    <message>
        <source>数据库版本（%1）比本程序支持的版本（%2）新，请升级家医软件；文件未作任何修改</source>
        <translation>数据库版本（%1）比本程序支持的版本（%2）新，请升级家医软件；文件未作任何修改</translation>
    </message>
</context>
<context>
    <name>Models::DemoGenerator</name>
    <message>
        <source>居民人数应在 1 到 5000000 之间</source>
        <translation>居民人数应在 1 到 5000000 之间</translation>
    </message>
    <message>
        <source>数据库中已有数据；演示数据只生成到空数据库中</source>
        <translation>数据库中已有数据；演示数据只生成到空数据库中</translation>
    </message>
    <message>
        <source>生成演示数据失败，数据库保持原样</source>
        <translation>生成演示数据失败，数据库保持原样</translation>
    </message>
    <message>
        <source>生成演示数据失败</source>
        <translation>生成演示数据失败</translation>
    </message>
</context>
<context>
    <name>Models::IdNumber</name>
    <message>
        <source>请填写身份证号</source>
        <translation>请填写身份证号</translation>
    </message>
    <message>
        <source>身份证号应为18位（或15位旧号）</source>
        <translation>身份证号应为18位（或15位旧号）</translation>
    </message>
    <message>
        <source>身份证号含有非法字符</source>
        <translation>身份证号含有非法字符</translation>
    </message>
    <message>
        <source>身份证号中的出生日期不存在</source>
        <translation>身份证号中的出生日期不存在</translation>
    </message>
    <message>
        <source>身份证号中的出生日期早于1880年</source>
        <translation>身份证号中的出生日期早于1880年</translation>
    </message>
    <message>
        <source>身份证号中的出生日期晚于今天</source>
        <translation>身份证号中的出生日期晚于今天</translation>
    </message>
    <message>
        <source>身份证号校验位错误，应为 %1</source>
        <translation>身份证号校验位错误，应为 %1</translation>
    </message>
</context>
<context>
    <name>Models::Permission</name>
    <message>
        <source>您的角色无权进行此操作（%1）</source>
        <translation>您的角色无权进行此操作（%1）</translation>
    </message>
</context>
<context>
    <name>Models::ResidentListModel</name>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>村（居委会）</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>档案编号</translation>
    </message>
</context>
<context>
    <name>Models::ResidentRepository</name>
    <message>
        <source>该村（居委会）不在本机的区划表中</source>
        <translation>该村（居委会）不在本机的区划表中</translation>
    </message>
    <message>
        <source>该身份证号已登记（%1，档案号 %2）</source>
        <translation>该身份证号已登记（%1，档案号 %2）</translation>
    </message>
    <message>
        <source>该村的档案编号已用完（5位流水号）</source>
        <translation>该村的档案编号已用完（5位流水号）</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>您无权查看或修改该村的居民</source>
        <translation>您无权查看或修改该村的居民</translation>
    </message>
</context>
<context>
    <name>Models::ResidentSearch</name>
    <message>
        <source>请至少输入4位数字（身份证或电话的后几位）</source>
        <translation>请至少输入4位数字（身份证或电话的后几位）</translation>
    </message>
</context>
<context>
    <name>Models::ResidentValidator</name>
    <message>
        <source>请填写姓名</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <source>姓名过长（最多50个字）</source>
        <translation>姓名过长（最多50个字）</translation>
    </message>
    <message>
        <source>姓名中不能有数字或符号</source>
        <translation>姓名中不能有数字或符号</translation>
    </message>
    <message>
        <source>出生日期与身份证号不一致（身份证号为 %1）</source>
        <translation>出生日期与身份证号不一致（身份证号为 %1）</translation>
    </message>
    <message>
        <source>性别与身份证号不一致（身份证号为男性）</source>
        <translation>性别与身份证号不一致（身份证号为男性）</translation>
    </message>
    <message>
        <source>性别与身份证号不一致（身份证号为女性）</source>
        <translation>性别与身份证号不一致（身份证号为女性）</translation>
    </message>
    <message>
        <source>请选择性别</source>
        <translation>请选择性别</translation>
    </message>
    <message>
        <source>请填写有效的出生日期</source>
        <translation>请填写有效的出生日期</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天</source>
        <translation>出生日期不能晚于今天</translation>
    </message>
    <message>
        <source>出生日期不合理</source>
        <translation>出生日期不合理</translation>
    </message>
    <message>
        <source>电话号码格式不对：手机为11位数字，座机如 0731-84001234</source>
        <translation>电话号码格式不对：手机为11位数字，座机如 0731-84001234</translation>
    </message>
    <message>
        <source>请选择村（居委会）</source>
        <translation>请选择村（居委会）</translation>
    </message>
    <message>
        <source>请选择常住类型</source>
        <translation>请选择常住类型</translation>
    </message>
    <message>
        <source>民族代码无效</source>
        <translation>民族代码无效</translation>
    </message>
    <message>
        <source>与户主关系代码无效</source>
        <translation>与户主关系代码无效</translation>
    </message>
    <message>
        <source>请选择与户主的关系</source>
        <translation>请选择与户主的关系</translation>
    </message>
</context>
</TS>