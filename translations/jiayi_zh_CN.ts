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
    <message>
        <source>以该用户身份操作（管理员）</source>
        <translation>以该用户身份操作（管理员）</translation>
    </message>
    <message>
        <source>该用户的密码所在文件（- 表示标准输入）</source>
        <translation>该用户的密码所在文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>缺少密码文件（--password-file）</source>
        <translation>缺少密码文件（--password-file）</translation>
    </message>
    <message>
        <source>无法读取密码文件：%1</source>
        <translation>无法读取密码文件：%1</translation>
    </message>
    <message>
        <source>此操作需要管理员登录：--login 用户名 --login-password-file 文件</source>
        <translation>此操作需要管理员登录：--login 用户名 --login-password-file 文件</translation>
    </message>
    <message>
        <source>备份密码所在文件（- 表示标准输入）</source>
        <translation>备份密码所在文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>恢复密钥所在文件</source>
        <translation>恢复密钥所在文件</translation>
    </message>
    <message>
        <source>备份文件（建议扩展名 .jybak）</source>
        <translation>备份文件（建议扩展名 .jybak）</translation>
    </message>
    <message>
        <source>密码算法：international（AES-256-GCM）或 commercial（SM4+SM3）</source>
        <translation>密码算法：international（AES-256-GCM）或 commercial（SM4+SM3）</translation>
    </message>
    <message>
        <source>在线备份数据库：一致快照，加密并带校验</source>
        <translation>在线备份数据库：一致快照，加密并带校验</translation>
    </message>
    <message>
        <source>需要 --db 和 --to</source>
        <translation>需要 --db 和 --to</translation>
    </message>
    <message>
        <source>已备份到 %1（%2，%3 字节，校验 %4）</source>
        <translation>已备份到 %1（%2，%3 字节，校验 %4）</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>校验备份：解密、核对校验值并检查数据库完整性</source>
        <translation>校验备份：解密、核对校验值并检查数据库完整性</translation>
    </message>
    <message>
        <source>需要备份文件（--file）</source>
        <translation>需要备份文件（--file）</translation>
    </message>
    <message>
        <source>备份完好：%1（%2 创建，结构版本 %3）</source>
        <translation>备份完好：%1（%2 创建，结构版本 %3）</translation>
    </message>
    <message>
        <source>从备份恢复：先校验，原数据库文件保留为 .before-restore-时间（请先关闭家医）</source>
        <translation>从备份恢复：先校验，原数据库文件保留为 .before-restore-时间（请先关闭家医）</translation>
    </message>
    <message>
        <source>需要 --db 和 --from</source>
        <translation>需要 --db 和 --from</translation>
    </message>
    <message>
        <source>已从 %1 恢复到 %2</source>
        <translation>已从 %1 恢复到 %2</translation>
    </message>
    <message>
        <source>原文件保留为 %1</source>
        <translation>原文件保留为 %1</translation>
    </message>
    <message>
        <source>生成一个恢复密钥（打印一次，请抄写并妥善保管）</source>
        <translation>生成一个恢复密钥（打印一次，请抄写并妥善保管）</translation>
    </message>
    <message>
        <source>校验备份文件（--file FILE --password-file F）</source>
        <translation>校验备份文件（--file FILE --password-file F）</translation>
    </message>
    <message>
        <source>同 backup verify</source>
        <translation>同 backup verify</translation>
    </message>
    <message>
        <source>生成恢复密钥</source>
        <translation>生成恢复密钥</translation>
    </message>
    <message>
        <source>校验后从备份恢复，保留原文件（--db PATH --from FILE）</source>
        <translation>校验后从备份恢复，保留原文件（--db PATH --from FILE）</translation>
    </message>
    <message>
        <source>只看该村（12位区划代码）</source>
        <translation>只看该村（12位区划代码）</translation>
    </message>
    <message>
        <source>只看该医生</source>
        <translation>只看该医生</translation>
    </message>
    <message>
        <source>hypertension 或 diabetes（默认两者）</source>
        <translation>hypertension 或 diabetes（默认两者）</translation>
    </message>
    <message>
        <source>规则集名称</source>
        <translation>规则集名称</translation>
    </message>
    <message>
        <source>按该日期计算（YYYY-MM-DD，默认今天）</source>
        <translation>按该日期计算（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>慢病随访工作清单</source>
        <translation>慢病随访工作清单</translation>
    </message>
    <message>
        <source>未知的清单类型：%1</source>
        <translation>未知的清单类型：%1</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD</source>
        <translation>日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1：%2 人</source>
        <translation>%1：%2 人</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>年份（默认今年）</source>
        <translation>年份（默认今年）</translation>
    </message>
    <message>
        <source>同时输出分子和分母名单</source>
        <translation>同时输出分子和分母名单</translation>
    </message>
    <message>
        <source>慢病管理指标：管理率、规范管理率、控制率</source>
        <translation>慢病管理指标：管理率、规范管理率、控制率</translation>
    </message>
    <message>
        <source>年份不正确</source>
        <translation>年份不正确</translation>
    </message>
    <message>
        <source>（未设定应管理人数）</source>
        <translation>（未设定应管理人数）</translation>
    </message>
    <message>
        <source>hypertension 或 diabetes</source>
        <translation>hypertension 或 diabetes</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>村（12位区划代码；不填为全库）</source>
        <translation>村（12位区划代码；不填为全库）</translation>
    </message>
    <message>
        <source>辖区应管理患者数</source>
        <translation>辖区应管理患者数</translation>
    </message>
    <message>
        <source>设定管理率的分母：辖区应管理患者数</source>
        <translation>设定管理率的分母：辖区应管理患者数</translation>
    </message>
    <message>
        <source>应管理人数应为正整数</source>
        <translation>应管理人数应为正整数</translation>
    </message>
    <message>
        <source>已设定</source>
        <translation>已设定</translation>
    </message>
    <message>
        <source>慢病随访工作清单（--db PATH --kind overdue|due-week|...）</source>
        <translation>慢病随访工作清单（--db PATH --kind overdue|due-week|...）</translation>
    </message>
    <message>
        <source>慢病管理指标（--db PATH --year N）</source>
        <translation>慢病管理指标（--db PATH --year N）</translation>
    </message>
    <message>
        <source>设定辖区应管理患者数（管理率分母）</source>
        <translation>设定辖区应管理患者数（管理率分母）</translation>
    </message>
    <message>
        <source>只看该团队（团队名称或编号）</source>
        <translation>只看该团队（团队名称或编号）</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD：%1</source>
        <translation>日期格式应为 YYYY-MM-DD：%1</translation>
    </message>
    <message>
        <source>找不到签约团队：%1</source>
        <translation>找不到签约团队：%1</translation>
    </message>
    <message>
        <source>到期日期从（默认本月1日）</source>
        <translation>到期日期从（默认本月1日）</translation>
    </message>
    <message>
        <source>到期日期到（默认本月末）</source>
        <translation>到期日期到（默认本月末）</translation>
    </message>
    <message>
        <source>列出在期间内到期、尚未续约的签约（按村、团队排列）</source>
        <translation>列出在期间内到期、尚未续约的签约（按村、团队排列）</translation>
    </message>
    <message>
        <source>%1 至 %2 到期未续约：%3 人</source>
        <translation>%1 至 %2 到期未续约：%3 人</translation>
    </message>
    <message>
        <source>按该日判断（默认今天）</source>
        <translation>按该日判断（默认今天）</translation>
    </message>
    <message>
        <source>列出尚未签约的重点人群居民</source>
        <translation>列出尚未签约的重点人群居民</translation>
    </message>
    <message>
        <source>未签约的重点人群：%1 人</source>
        <translation>未签约的重点人群：%1 人</translation>
    </message>
    <message>
        <source>统计期间开始（默认今年1月1日）</source>
        <translation>统计期间开始（默认今年1月1日）</translation>
    </message>
    <message>
        <source>统计期间结束（默认今天）</source>
        <translation>统计期间结束（默认今天）</translation>
    </message>
    <message>
        <source>签约率、重点人群签约率、续约率、履约（任务完成）率，分子分母明示</source>
        <translation>签约率、重点人群签约率、续约率、履约（任务完成）率，分子分母明示</translation>
    </message>
    <message>
        <source>统计期间：%1 至 %2</source>
        <translation>统计期间：%1 至 %2</translation>
    </message>
    <message>
        <source>签约率：%1（%2 / %3，分母 = 所选范围内在册居民）</source>
        <translation>签约率：%1（%2 / %3，分母 = 所选范围内在册居民）</translation>
    </message>
    <message>
        <source>重点人群签约率：%1（%2 / %3，分母 = 期末属于重点人群的居民，而非全部签约居民）</source>
        <translation>重点人群签约率：%1（%2 / %3，分母 = 期末属于重点人群的居民，而非全部签约居民）</translation>
    </message>
    <message>
        <source>续约率：%1（%2 / %3，分母 = 期间内到期且未解约的协议）</source>
        <translation>续约率：%1（%2 / %3，分母 = 期间内到期且未解约的协议）</translation>
    </message>
    <message>
        <source>任务完成率：%1（%2 / %3，分母 = 期间内应完成的服务任务）</source>
        <translation>任务完成率：%1（%2 / %3，分母 = 期间内应完成的服务任务）</translation>
    </message>
    <message>
        <source>全部任务完成的协议：%1（%2 / %3）</source>
        <translation>全部任务完成的协议：%1（%2 / %3）</translation>
    </message>
    <message>
        <source>到期未续约的签约（--db PATH [--from --to --village --team]）</source>
        <translation>到期未续约的签约（--db PATH [--from --to --village --team]）</translation>
    </message>
    <message>
        <source>未签约的重点人群（--db PATH [--date --village --team]）</source>
        <translation>未签约的重点人群（--db PATH [--date --village --team]）</translation>
    </message>
    <message>
        <source>签约指标（--db PATH [--from --to --village --team]）</source>
        <translation>签约指标（--db PATH [--from --to --village --team]）</translation>
    </message>
    <message>
        <source>演示账户：admin（管理员）、yisheng（家庭医生）、cunyi（乡村医生）、gongwei（公卫人员），密码均为 %1；仅供演示，请勿用于真实数据</source>
        <translation>演示账户：admin（管理员）、yisheng（家庭医生）、cunyi（乡村医生）、gongwei（公卫人员），密码均为 %1；仅供演示，请勿用于真实数据</translation>
    </message>
    <message>
        <source>导出的 CSV 文件</source>
        <translation>导出的 CSV 文件</translation>
    </message>
    <message>
        <source>去标识化（必需：本命令只做去标识化导出）</source>
        <translation>去标识化（必需：本命令只做去标识化导出）</translation>
    </message>
    <message>
        <source>出生日期泛化为 year（年份）或 band（5 岁年龄组）</source>
        <translation>出生日期泛化为 year（年份）或 band（5 岁年龄组）</translation>
    </message>
    <message>
        <source>地区精确到 village（村）或 township（乡镇）</source>
        <translation>地区精确到 village（村）或 township（乡镇）</translation>
    </message>
    <message>
        <source>假名算法：international（HMAC-SHA256）或 commercial（HMAC-SM3）</source>
        <translation>假名算法：international（HMAC-SHA256）或 commercial（HMAC-SM3）</translation>
    </message>
    <message>
        <source>去标识化导出居民数据（科研与统计用），规则见 docs/security.md</source>
        <translation>去标识化导出居民数据（科研与统计用），规则见 docs/security.md</translation>
    </message>
    <message>
        <source>请加 --deidentify：本命令只导出去标识化数据</source>
        <translation>请加 --deidentify：本命令只导出去标识化数据</translation>
    </message>
    <message>
        <source>缺少 --to 导出文件</source>
        <translation>缺少 --to 导出文件</translation>
    </message>
    <message>
        <source>--birth 应为 year 或 band</source>
        <translation>--birth 应为 year 或 band</translation>
    </message>
    <message>
        <source>--area 应为 village 或 township</source>
        <translation>--area 应为 village 或 township</translation>
    </message>
    <message>
        <source>已导出 %1 名居民的去标识化数据到 %2</source>
        <translation>已导出 %1 名居民的去标识化数据到 %2</translation>
    </message>
    <message>
        <source>规则集名称（如 nbphs2017、guideline2025）或 JSON 文件</source>
        <translation>规则集名称（如 nbphs2017、guideline2025）或 JSON 文件</translation>
    </message>
    <message>
        <source>不使用 65 岁及以上 150/90 的目标</source>
        <translation>不使用 65 岁及以上 150/90 的目标</translation>
    </message>
    <message>
        <source>从文件读入（默认标准输入）</source>
        <translation>从文件读入（默认标准输入）</translation>
    </message>
    <message>
        <source>按慢病随访规则为一次随访分类：标准输入读 JSON，输出 JSON</source>
        <translation>按慢病随访规则为一次随访分类：标准输入读 JSON，输出 JSON</translation>
    </message>
    <message>
        <source>无法读取输入</source>
        <translation>无法读取输入</translation>
    </message>
    <message>
        <source>输入不是 JSON 对象：%1</source>
        <translation>输入不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>随访分类（标准输入读 JSON，输出分类、危急、转诊、下次随访日期）</source>
        <translation>随访分类（标准输入读 JSON，输出分类、危急、转诊、下次随访日期）</translation>
    </message>
    <message>
        <source>只检查，不写入数据库</source>
        <translation>只检查，不写入数据库</translation>
    </message>
    <message>
        <source>列对照表 JSON 文件，如 {"姓名": "name", "村": "village"}</source>
        <translation>列对照表 JSON 文件，如 {"姓名": "name", "村": "village"}</translation>
    </message>
    <message>
        <source>文件中没有“村”列时，这些居民所属的村（12位区划代码）</source>
        <translation>文件中没有“村”列时，这些居民所属的村（12位区划代码）</translation>
    </message>
    <message>
        <source>把导入报告保存到该文件（.txt 或 .json）</source>
        <translation>把导入报告保存到该文件（.txt 或 .json）</translation>
    </message>
    <message>
        <source>居民名单：CSV（UTF-8 或 GB18030）或 .xlsx</source>
        <translation>居民名单：CSV（UTF-8 或 GB18030）或 .xlsx</translation>
    </message>
    <message>
        <source>导入居民名单</source>
        <translation>导入居民名单</translation>
    </message>
    <message>
        <source>请给出一个要导入的文件</source>
        <translation>请给出一个要导入的文件</translation>
    </message>
    <message>
        <source>文件不存在：%1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>无法打开对照表文件：%1</source>
        <translation>无法打开对照表文件：%1</translation>
    </message>
    <message>
        <source>对照表文件不是有效的 JSON：%1</source>
        <translation>对照表文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>只导出该村（12位区划代码）</source>
        <translation>只导出该村（12位区划代码）</translation>
    </message>
    <message>
        <source>CSV 编码：UTF-8（默认）或 GB18030</source>
        <translation>CSV 编码：UTF-8（默认）或 GB18030</translation>
    </message>
    <message>
        <source>输出文件：.csv 或 .xlsx</source>
        <translation>输出文件：.csv 或 .xlsx</translation>
    </message>
    <message>
        <source>导出居民名单</source>
        <translation>导出居民名单</translation>
    </message>
    <message>
        <source>请给出输出文件</source>
        <translation>请给出输出文件</translation>
    </message>
    <message>
        <source>已导出 %1 名居民到 %2</source>
        <translation>已导出 %1 名居民到 %2</translation>
    </message>
    <message>
        <source>最多列出的对数（默认 200）</source>
        <translation>最多列出的对数（默认 200）</translation>
    </message>
    <message>
        <source>最低分（默认 50）</source>
        <translation>最低分（默认 50）</translation>
    </message>
    <message>
        <source>列出可能重复的居民档案</source>
        <translation>列出可能重复的居民档案</translation>
    </message>
    <message>
        <source>保留的居民 id</source>
        <translation>保留的居民 id</translation>
    </message>
    <message>
        <source>并入的（重复的）居民 id</source>
        <translation>并入的（重复的）居民 id</translation>
    </message>
    <message>
        <source>撤销这次合并（合并记录 id）</source>
        <translation>撤销这次合并（合并记录 id）</translation>
    </message>
    <message>
        <source>合并重复档案，或撤销一次合并</source>
        <translation>合并重复档案，或撤销一次合并</translation>
    </message>
    <message>
        <source>已撤销合并</source>
        <translation>已撤销合并</translation>
    </message>
    <message>
        <source>请给出 --keep 与 --merge</source>
        <translation>请给出 --keep 与 --merge</translation>
    </message>
    <message>
        <source>已合并，移过来 %1 条记录；撤销：jiayi-cli duplicates merge --db PATH --undo %2</source>
        <translation>已合并，移过来 %1 条记录；撤销：jiayi-cli duplicates merge --db PATH --undo %2</translation>
    </message>
    <message>
        <source>列出可能重复的居民档案（--db PATH [--json]）</source>
        <translation>列出可能重复的居民档案（--db PATH [--json]）</translation>
    </message>
    <message>
        <source>合并重复档案（--keep ID --merge ID），或 --undo MERGE-ID</source>
        <translation>合并重复档案（--keep ID --merge ID），或 --undo MERGE-ID</translation>
    </message>
    <message>
        <source>导入居民名单（--db PATH FILE [--dry-run] [--mapping FILE]）</source>
        <translation>导入居民名单（--db PATH FILE [--dry-run] [--mapping FILE]）</translation>
    </message>
    <message>
        <source>导出居民名单到 CSV 或 xlsx（--db PATH FILE）；加 --deidentify 为去标识化导出</source>
        <translation>导出居民名单到 CSV 或 xlsx（--db PATH FILE）；加 --deidentify 为去标识化导出</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>角色：family_doctor、nurse、village_health_worker、public_health、administrator</source>
        <translation>角色：family_doctor、nurse、village_health_worker、public_health、administrator</translation>
    </message>
    <message>
        <source>负责的村代码，逗号分隔</source>
        <translation>负责的村代码，逗号分隔</translation>
    </message>
    <message>
        <source>所属团队</source>
        <translation>所属团队</translation>
    </message>
    <message>
        <source>新用户密码所在文件（- 表示标准输入）</source>
        <translation>新用户密码所在文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>新建用户（首次使用时创建管理员）</source>
        <translation>新建用户（首次使用时创建管理员）</translation>
    </message>
    <message>
        <source>第一个用户必须是管理员（--role administrator）</source>
        <translation>第一个用户必须是管理员（--role administrator）</translation>
    </message>
    <message>
        <source>已创建用户 %1（%2）</source>
        <translation>已创建用户 %1（%2）</translation>
    </message>
    <message>
        <source>列出用户</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>	（已停用）</source>
        <translation>	（已停用）</translation>
    </message>
    <message>
        <source>新密码所在文件（- 表示标准输入）</source>
        <translation>新密码所在文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>旧密码所在文件（用户自己修改时）</source>
        <translation>旧密码所在文件（用户自己修改时）</translation>
    </message>
    <message>
        <source>修改密码：用户本人给出旧密码，或管理员登录后重置</source>
        <translation>修改密码：用户本人给出旧密码，或管理员登录后重置</translation>
    </message>
    <message>
        <source>已修改 %1 的密码</source>
        <translation>已修改 %1 的密码</translation>
    </message>
    <message>
        <source>校验审计日志哈希链：发现任何修改或删除并指出位置</source>
        <translation>校验审计日志哈希链：发现任何修改或删除并指出位置</translation>
    </message>
    <message>
        <source>最新哈希：%1</source>
        <translation>最新哈希：%1</translation>
    </message>
    <message>
        <source>只看该用户</source>
        <translation>只看该用户</translation>
    </message>
    <message>
        <source>只看该操作（以 . 结尾为前缀，如 login.）</source>
        <translation>只看该操作（以 . 结尾为前缀，如 login.）</translation>
    </message>
    <message>
        <source>只看该对象类型</source>
        <translation>只看该对象类型</translation>
    </message>
    <message>
        <source>只看该对象</source>
        <translation>只看该对象</translation>
    </message>
    <message>
        <source>最多条数（默认 50）</source>
        <translation>最多条数（默认 50）</translation>
    </message>
    <message>
        <source>导出为 CSV 文件</source>
        <translation>导出为 CSV 文件</translation>
    </message>
    <message>
        <source>查询或导出审计日志（最新在前）</source>
        <translation>查询或导出审计日志（最新在前）</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <source>新建用户（--username --role --password-file；首个用户为管理员）</source>
        <translation>新建用户（--username --role --password-file；首个用户为管理员）</translation>
    </message>
    <message>
        <source>列出用户（管理员登录）</source>
        <translation>列出用户（管理员登录）</translation>
    </message>
    <message>
        <source>修改或重置密码</source>
        <translation>修改或重置密码</translation>
    </message>
    <message>
        <source>校验审计日志哈希链（--db PATH）</source>
        <translation>校验审计日志哈希链（--db PATH）</translation>
    </message>
    <message>
        <source>查询或导出审计日志（--csv FILE）</source>
        <translation>查询或导出审计日志（--csv FILE）</translation>
    </message>
    <message>
        <source>该记录未签名</source>
        <translation>该记录未签名</translation>
    </message>
    <message>
        <source>已由 %1（%2）于 %3 签名，签名有效，签名后未被修改</source>
        <translation>已由 %1（%2）于 %3 签名，签名有效，签名后未被修改</translation>
    </message>
    <message>
        <source>签名后记录已被修改，需要重新签名</source>
        <translation>签名后记录已被修改，需要重新签名</translation>
    </message>
    <message>
        <source>签名无效：签名数据被篡改</source>
        <translation>签名无效：签名数据被篡改</translation>
    </message>
    <message>
        <source>记录类型（表名，如 resident）</source>
        <translation>记录类型（表名，如 resident）</translation>
    </message>
    <message>
        <source>记录 ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>用本人的签名密钥对已完成的记录电子签名（需登录，密码即签名口令）</source>
        <translation>用本人的签名密钥对已完成的记录电子签名（需登录，密码即签名口令）</translation>
    </message>
    <message>
        <source>签名需要本人登录：--login 用户名 --login-password-file 文件</source>
        <translation>签名需要本人登录：--login 用户名 --login-password-file 文件</translation>
    </message>
    <message>
        <source>核验记录的电子签名：签名是否有效、签名后是否被修改</source>
        <translation>核验记录的电子签名：签名是否有效、签名后是否被修改</translation>
    </message>
    <message>
        <source>电子签名一条记录（--entity --id --login）</source>
        <translation>电子签名一条记录（--entity --id --login）</translation>
    </message>
    <message>
        <source>核验记录的电子签名</source>
        <translation>核验记录的电子签名</translation>
    </message>
    <message>
        <source>区域平台地址，例如 https://platform:8443</source>
        <translation>区域平台地址，例如 https://platform:8443</translation>
    </message>
    <message>
        <source>工作站令牌</source>
        <translation>工作站令牌</translation>
    </message>
    <message>
        <source>平台证书的 CA 证书文件（PEM）</source>
        <translation>平台证书的 CA 证书文件（PEM）</translation>
    </message>
    <message>
        <source>每个事务包的记录数</source>
        <translation>每个事务包的记录数</translation>
    </message>
    <message>
        <source>每页下载的资源数</source>
        <translation>每页下载的资源数</translation>
    </message>
    <message>
        <source>单个请求的超时（毫秒）</source>
        <translation>单个请求的超时（毫秒）</translation>
    </message>
    <message>
        <source>临时故障的重试次数</source>
        <translation>临时故障的重试次数</translation>
    </message>
    <message>
        <source>首次重试前等待（毫秒）</source>
        <translation>首次重试前等待（毫秒）</translation>
    </message>
    <message>
        <source>与区域平台同步：上传本机修改，下载其他工作站的修改</source>
        <translation>与区域平台同步：上传本机修改，下载其他工作站的修改</translation>
    </message>
    <message>
        <source>上传 %1，下载 %2，合并 %3，新冲突 %4（待处理冲突 %5），被拒 %6，暂缓 %7，未上传 %8</source>
        <translation>上传 %1，下载 %2，合并 %3，新冲突 %4（待处理冲突 %5），被拒 %6，暂缓 %7，未上传 %8</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>被平台拒收：%1 %2：%3</source>
        <translation>被平台拒收：%1 %2：%3</translation>
    </message>
    <message>
        <source>设置区域平台地址、工作站令牌和 CA 证书</source>
        <translation>设置区域平台地址、工作站令牌和 CA 证书</translation>
    </message>
    <message>
        <source>已保存同步设置：%1</source>
        <translation>已保存同步设置：%1</translation>
    </message>
    <message>
        <source>显示同步状态：未上传的修改、冲突、被拒记录、上次同步时间</source>
        <translation>显示同步状态：未上传的修改、冲突、被拒记录、上次同步时间</translation>
    </message>
    <message>
        <source>未上传 %1，冲突 %2，被拒 %3，上次同步 %4</source>
        <translation>未上传 %1，冲突 %2，被拒 %3，上次同步 %4</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>与区域平台同步（FHIR R4）</source>
        <translation>与区域平台同步（FHIR R4）</translation>
    </message>
    <message>
        <source>设置区域平台地址、令牌和 CA 证书</source>
        <translation>设置区域平台地址、令牌和 CA 证书</translation>
    </message>
    <message>
        <source>显示同步状态</source>
        <translation>显示同步状态</translation>
    </message>
    <message>
        <source>无法读取标准输入</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>标准输入不是 JSON 对象：%1</source>
        <translation>标准输入不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>按出生日期和接种史计算免疫规划（标准输入 JSON，标准输出 JSON）</source>
        <translation>按出生日期和接种史计算免疫规划（标准输入 JSON，标准输出 JSON）</translation>
    </message>
    <message>
        <source>检查拟接种的一剂是否符合程序（标准输入 JSON，标准输出 JSON）</source>
        <translation>检查拟接种的一剂是否符合程序（标准输入 JSON，标准输出 JSON）</translation>
    </message>
    <message>
        <source>请在 propose.vaccine 中给出疫苗</source>
        <translation>请在 propose.vaccine 中给出疫苗</translation>
    </message>
    <message>
        <source>propose.date 格式应为 YYYY-MM-DD</source>
        <translation>propose.date 格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>只统计该村（12位区划代码）</source>
        <translation>只统计该村（12位区划代码）</translation>
    </message>
    <message>
        <source>统计期开始（默认今年1月1日）</source>
        <translation>统计期开始（默认今年1月1日）</translation>
    </message>
    <message>
        <source>统计期结束（默认今天）</source>
        <translation>统计期结束（默认今天）</translation>
    </message>
    <message>
        <source>预防接种：建证率、各疫苗各剂次接种率、及时接种率、未完成儿童数</source>
        <translation>预防接种：建证率、各疫苗各剂次接种率、及时接种率、未完成儿童数</translation>
    </message>
    <message>
        <source>统计期日期有误（YYYY-MM-DD，结束不早于开始）</source>
        <translation>统计期日期有误（YYYY-MM-DD，结束不早于开始）</translation>
    </message>
    <message>
        <source>统计期 %1 至 %2</source>
        <translation>统计期 %1 至 %2</translation>
    </message>
    <message>
        <source>建证率：%1/%2 = %3%</source>
        <translation>建证率：%1/%2 = %3%</translation>
    </message>
    <message>
        <source>%1 第%2剂：应种 %3，实种 %4，接种率 %5%，及时率 %6%</source>
        <translation>%1 第%2剂：应种 %3，实种 %4，接种率 %5%，及时率 %6%</translation>
    </message>
    <message>
        <source>有逾期未种剂次的儿童：%1</source>
        <translation>有逾期未种剂次的儿童：%1</translation>
    </message>
    <message>
        <source>免疫规划：计算儿童各剂次状态和日期（JSON）</source>
        <translation>免疫规划：计算儿童各剂次状态和日期（JSON）</translation>
    </message>
    <message>
        <source>免疫规划：检查拟接种的一剂（JSON）</source>
        <translation>免疫规划：检查拟接种的一剂（JSON）</translation>
    </message>
    <message>
        <source>预防接种率统计</source>
        <translation>预防接种率统计</translation>
    </message>
    <message>
        <source>按“设置 → 备份”中的计划执行：到期才备份，校验后删除超出保留份数的旧备份，输出 JSON 摘要（供 cron/任务计划程序使用）</source>
        <translation>按“设置 → 备份”中的计划执行：到期才备份，校验后删除超出保留份数的旧备份，输出 JSON 摘要（供 cron/任务计划程序使用）</translation>
    </message>
    <message>
        <source>与 --scheduled 一起：未到期也立即备份</source>
        <translation>与 --scheduled 一起：未到期也立即备份</translation>
    </message>
    <message>
        <source>需要 --db</source>
        <translation>需要 --db</translation>
    </message>
    <message>
        <source>在线加密备份（--db PATH --to FILE --password-file F；或 --scheduled 按计划）</source>
        <translation>在线加密备份（--db PATH --to FILE --password-file F；或 --scheduled 按计划）</translation>
    </message>
    <message>
        <source>创建加密数据库（密钥文件 PATH.jykey，打印一次恢复密钥）</source>
        <translation>创建加密数据库（密钥文件 PATH.jykey，打印一次恢复密钥）</translation>
    </message>
    <message>
        <source>页加密算法：international（AES-256-GCM）或 commercial（SM4-CTR+HMAC-SM3）</source>
        <translation>页加密算法：international（AES-256-GCM）或 commercial（SM4-CTR+HMAC-SM3）</translation>
    </message>
    <message>
        <source>同时创建的管理员用户名</source>
        <translation>同时创建的管理员用户名</translation>
    </message>
    <message>
        <source>管理员姓名</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>管理员密码所在文件（- 表示标准输入）</source>
        <translation>管理员密码所在文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>数据库已加密，密钥文件：%1
恢复密钥（只显示这一次，请抄写后妥善保管）：
  %2</source>
        <translation>数据库已加密，密钥文件：%1
恢复密钥（只显示这一次，请抄写后妥善保管）：
  %2</translation>
    </message>
    <message>
        <source>把明文数据库转换为加密数据库（原文件保留为 .plain-时间.bak）；请先关闭家医</source>
        <translation>把明文数据库转换为加密数据库（原文件保留为 .plain-时间.bak）；请先关闭家医</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>数据库文件不存在：%1</translation>
    </message>
    <message>
        <source>数据库已经加密：%1</source>
        <translation>数据库已经加密：%1</translation>
    </message>
    <message>
        <source>只有系统管理员可以加密数据库</source>
        <translation>只有系统管理员可以加密数据库</translation>
    </message>
    <message>
        <source>已加密 %1（%2），密钥文件 %3</source>
        <translation>已加密 %1（%2），密钥文件 %3</translation>
    </message>
    <message>
        <source>恢复密钥（只显示这一次，请抄写后妥善保管）：
  %1</source>
        <translation>恢复密钥（只显示这一次，请抄写后妥善保管）：
  %1</translation>
    </message>
    <message>
        <source>原明文文件保留为 %1：确认加密库可用后，请移到安全处或彻底删除。</source>
        <translation>原明文文件保留为 %1：确认加密库可用后，请移到安全处或彻底删除。</translation>
    </message>
    <message>
        <source>其他用户在管理员重置其密码、或在已解锁的程序中首次登录后，即可用自己的密码解锁。</source>
        <translation>其他用户在管理员重置其密码、或在已解锁的程序中首次登录后，即可用自己的密码解锁。</translation>
    </message>
    <message>
        <source>显示数据库是否加密及密钥槽</source>
        <translation>显示数据库是否加密及密钥槽</translation>
    </message>
    <message>
        <source>已加密；密钥文件 %1；可解锁的用户：%2（另有恢复密钥）</source>
        <translation>已加密；密钥文件 %1；可解锁的用户：%2（另有恢复密钥）</translation>
    </message>
    <message>
        <source>未加密（明文数据库）</source>
        <translation>未加密（明文数据库）</translation>
    </message>
    <message>
        <source>把明文数据库转换为加密数据库（--db PATH --login 管理员 --login-password-file F）</source>
        <translation>把明文数据库转换为加密数据库（--db PATH --login 管理员 --login-password-file F）</translation>
    </message>
    <message>
        <source>显示数据库是否加密及可解锁的用户（--db PATH）</source>
        <translation>显示数据库是否加密及可解锁的用户（--db PATH）</translation>
    </message>
    <message>
        <source>数据库已加密：请用 --unlock-user 用户 --unlock-password-file 文件（或 --login/--login-password-file，或 --unlock-recovery-key-file 恢复密钥文件）解锁</source>
        <translation>数据库已加密：请用 --unlock-user 用户 --unlock-password-file 文件（或 --login/--login-password-file，或 --unlock-recovery-key-file 恢复密钥文件）解锁</translation>
    </message>
    <message>
        <source>加密数据库：--unlock-user 用户 --unlock-password-file 文件，或 --unlock-recovery-key-file 文件</source>
        <translation>加密数据库：--unlock-user 用户 --unlock-password-file 文件，或 --unlock-recovery-key-file 文件</translation>
    </message>
    <message>
        <source>每批行数（每批一个事务，默认 20000）</source>
        <translation>每批行数（每批一个事务，默认 20000）</translation>
    </message>
    <message>
        <source>在线时自动同步的间隔（分钟，0 为关闭）</source>
        <translation>在线时自动同步的间隔（分钟，0 为关闭）</translation>
    </message>
    <message>
        <source>--auto-minutes 应为分钟数</source>
        <translation>--auto-minutes 应为分钟数</translation>
    </message>
    <message>
        <source>找不到居民：%1</source>
        <translation>找不到居民：%1</translation>
    </message>
    <message>
        <source>输出的 PDF 文件</source>
        <translation>输出的 PDF 文件</translation>
    </message>
    <message>
        <source>请用 --out 给出 PDF 文件</source>
        <translation>请用 --out 给出 PDF 文件</translation>
    </message>
    <message>
        <source>已将%1的%2保存为 %3</source>
        <translation>已将%1的%2保存为 %3</translation>
    </message>
    <message>
        <source>体检记录编号（默认该居民最近一次体检）</source>
        <translation>体检记录编号（默认该居民最近一次体检）</translation>
    </message>
    <message>
        <source>居民：编号或身份证号</source>
        <translation>居民：编号或身份证号</translation>
    </message>
    <message>
        <source>把健康体检表保存为 PDF（A4）</source>
        <translation>把健康体检表保存为 PDF（A4）</translation>
    </message>
    <message>
        <source>%1还没有健康体检记录</source>
        <translation>%1还没有健康体检记录</translation>
    </message>
    <message>
        <source>请用 --check 给出体检记录，或用 --resident 给出居民</source>
        <translation>请用 --check 给出体检记录，或用 --resident 给出居民</translation>
    </message>
    <message>
        <source>健康体检表</source>
        <translation>健康体检表</translation>
    </message>
    <message>
        <source>把居民健康档案封面和个人基本信息表保存为 PDF（A4）</source>
        <translation>把居民健康档案封面和个人基本信息表保存为 PDF（A4）</translation>
    </message>
    <message>
        <source>请用 --resident 给出居民</source>
        <translation>请用 --resident 给出居民</translation>
    </message>
    <message>
        <source>健康档案封面和个人基本信息表</source>
        <translation>健康档案封面和个人基本信息表</translation>
    </message>
    <message>
        <source>健康体检表存为 PDF（--db PATH --check ID 或 --resident 居民 --out FILE）</source>
        <translation>健康体检表存为 PDF（--db PATH --check ID 或 --resident 居民 --out FILE）</translation>
    </message>
    <message>
        <source>档案封面和个人基本信息表存为 PDF（--db PATH --resident 居民 --out FILE）</source>
        <translation>档案封面和个人基本信息表存为 PDF（--db PATH --resident 居民 --out FILE）</translation>
    </message>
    <message>
        <source>设置文件有 %1 处问题，什么都没有写入</source>
        <translation>设置文件有 %1 处问题，什么都没有写入</translation>
    </message>
    <message>
        <source>数据库文件（不存在时新建）</source>
        <translation>数据库文件（不存在时新建）</translation>
    </message>
    <message>
        <source>机构设置文件（JSON，见 packaging/clinic.example.json）</source>
        <translation>机构设置文件（JSON，见 packaging/clinic.example.json）</translation>
    </message>
    <message>
        <source>只检查设置文件，不写入</source>
        <translation>只检查设置文件，不写入</translation>
    </message>
    <message>
        <source>按设置文件建立机构：区划、团队、医生账户、管理员、区域平台</source>
        <translation>按设置文件建立机构：区划、团队、医生账户、管理员、区域平台</translation>
    </message>
    <message>
        <source>缺少 --from 设置文件</source>
        <translation>缺少 --from 设置文件</translation>
    </message>
    <message>
        <source>设置文件没有问题</source>
        <translation>设置文件没有问题</translation>
    </message>
    <message>
        <source>设置没有写入：%1</source>
        <translation>设置没有写入：%1</translation>
    </message>
    <message>
        <source>机构设置已写入（%1 项）</source>
        <translation>机构设置已写入（%1 项）</translation>
    </message>
    <message>
        <source>数据库已与设置文件一致，没有改动</source>
        <translation>数据库已与设置文件一致，没有改动</translation>
    </message>
    <message>
        <source>按设置文件建立机构（--from clinic.json --db PATH）</source>
        <translation>按设置文件建立机构（--from clinic.json --db PATH）</translation>
    </message>
    <message>
        <source>居民 ID（或18位身份证号）</source>
        <translation>居民 ID（或18位身份证号）</translation>
    </message>
    <message>
        <source>日期 YYYY-MM-DD（默认今天）</source>
        <translation>日期 YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>恢复原因</source>
        <translation>恢复原因</translation>
    </message>
    <message>
        <source>死亡原因、迁往何处、注销原因或从何处迁入</source>
        <translation>死亡原因、迁往何处、注销原因或从何处迁入</translation>
    </message>
    <message>
        <source>缺少 --id 居民 ID</source>
        <translation>缺少 --id 居民 ID</translation>
    </message>
    <message>
        <source>已登记：%1 %2（%3）</source>
        <translation>已登记：%1 %2（%3）</translation>
    </message>
    <message>
        <source>  已终止：%1</source>
        <translation>  已终止：%1</translation>
    </message>
    <message>
        <source>档案状态：%1</source>
        <translation>档案状态：%1</translation>
    </message>
    <message>
        <source>档案状态：在管</source>
        <translation>档案状态：在管</translation>
    </message>
    <message>
        <source>登记居民死亡（--date 死亡日期 --reason 死亡原因）：终止其签约和慢病管理，自该日起移出所有工作清单和统计</source>
        <translation>登记居民死亡（--date 死亡日期 --reason 死亡原因）：终止其签约和慢病管理，自该日起移出所有工作清单和统计</translation>
    </message>
    <message>
        <source>登记居民迁出（--date 迁出日期 --reason 迁往何处）</source>
        <translation>登记居民迁出（--date 迁出日期 --reason 迁往何处）</translation>
    </message>
    <message>
        <source>注销居民档案（--date 注销日期 --reason 注销原因）</source>
        <translation>注销居民档案（--date 注销日期 --reason 注销原因）</translation>
    </message>
    <message>
        <source>登记居民从其他机构迁入（--date 迁入日期 --reason 原管理机构）</source>
        <translation>登记居民从其他机构迁入（--date 迁入日期 --reason 原管理机构）</translation>
    </message>
    <message>
        <source>撤销死亡、迁出或注销登记，恢复档案在管（管理员；--reason 恢复原因）</source>
        <translation>撤销死亡、迁出或注销登记，恢复档案在管（管理员；--reason 恢复原因）</translation>
    </message>
    <message>
        <source>登记居民死亡（--id --date --reason）</source>
        <translation>登记居民死亡（--id --date --reason）</translation>
    </message>
    <message>
        <source>登记居民迁出（--id --date --reason）</source>
        <translation>登记居民迁出（--id --date --reason）</translation>
    </message>
    <message>
        <source>注销居民档案（--id --date --reason）</source>
        <translation>注销居民档案（--id --date --reason）</translation>
    </message>
    <message>
        <source>登记居民从其他机构迁入（--id --date --reason）</source>
        <translation>登记居民从其他机构迁入（--id --date --reason）</translation>
    </message>
    <message>
        <source>撤销死亡/迁出/注销，恢复档案（管理员）</source>
        <translation>撤销死亡/迁出/注销，恢复档案（管理员）</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>报表编号：%1</source>
        <translation>报表编号：%1</translation>
    </message>
    <message>
        <source>统计期间开始（YYYY-MM-DD，含）</source>
        <translation>统计期间开始（YYYY-MM-DD，含）</translation>
    </message>
    <message>
        <source>统计期间结束（YYYY-MM-DD，含）</source>
        <translation>统计期间结束（YYYY-MM-DD，含）</translation>
    </message>
    <message>
        <source>只统计该地区（县6位、乡镇9位或村12位区划代码）</source>
        <translation>只统计该地区（县6位、乡镇9位或村12位区划代码）</translation>
    </message>
    <message>
        <source>审核人（不填则留空手签）</source>
        <translation>审核人（不填则留空手签）</translation>
    </message>
    <message>
        <source>填表人（默认为 --login 的用户；都不填则留空手签）</source>
        <translation>填表人（默认为 --login 的用户；都不填则留空手签）</translation>
    </message>
    <message>
        <source>写入 Excel 文件</source>
        <translation>写入 Excel 文件</translation>
    </message>
    <message>
        <source>写入 CSV 文件（UTF-8，Excel 可打开）</source>
        <translation>写入 CSV 文件（UTF-8，Excel 可打开）</translation>
    </message>
    <message>
        <source>写入 PDF 文件（A4，宽表横向）</source>
        <translation>写入 PDF 文件（A4，宽表横向）</translation>
    </message>
    <message>
        <source>列出可用的报表</source>
        <translation>列出可用的报表</translation>
    </message>
    <message>
        <source>国家基本公共卫生服务统计报表：每村一行并有合计行</source>
        <translation>国家基本公共卫生服务统计报表：每村一行并有合计行</translation>
    </message>
    <message>
        <source>--xlsx、--csv 和 --pdf 一次只能用一个</source>
        <translation>--xlsx、--csv 和 --pdf 一次只能用一个</translation>
    </message>
    <message>
        <source>请用 --table 指定报表（--list 列出可用的报表）</source>
        <translation>请用 --table 指定报表（--list 列出可用的报表）</translation>
    </message>
    <message>
        <source>没有这张报表：%1（可选：%2）</source>
        <translation>没有这张报表：%1（可选：%2）</translation>
    </message>
    <message>
        <source>--from 应为日期 YYYY-MM-DD</source>
        <translation>--from 应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to 应为日期 YYYY-MM-DD</source>
        <translation>--to 应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>统计期间不正确（开始日期应不晚于结束日期）</source>
        <translation>统计期间不正确（开始日期应不晚于结束日期）</translation>
    </message>
    <message>
        <source>已将%1（%2）保存为 %3</source>
        <translation>已将%1（%2）保存为 %3</translation>
    </message>
    <message>
        <source>村的12位区划代码（乡镇9位、县6位；不写则为全部村）</source>
        <translation>村的12位区划代码（乡镇9位、县6位；不写则为全部村）</translation>
    </message>
    <message>
        <source>工作日期（YYYY-MM-DD，默认今天）</source>
        <translation>工作日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>把入户走访单保存为 PDF 文件</source>
        <translation>把入户走访单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>今日工作清单：某村某日到期和逾期的全部工作，按户和走访路线排列</source>
        <translation>今日工作清单：某村某日到期和逾期的全部工作，按户和走访路线排列</translation>
    </message>
    <message>
        <source>已将入户走访单保存为 %1</source>
        <translation>已将入户走访单保存为 %1</translation>
    </message>
    <message>
        <source>%1 %2：共 %3 项，其中逾期 %4 项</source>
        <translation>%1 %2：共 %3 项，其中逾期 %4 项</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>%1 %2（逾期 %3）</source>
        <translation>%1 %2（逾期 %3）</translation>
    </message>
    <message>
        <source>无权查看：%1</source>
        <translation>无权查看：%1</translation>
    </message>
    <message>
        <source>本机待办</source>
        <translation>本机待办</translation>
    </message>
    <message>
        <source>户主 %1</source>
        <translation>户主 %1</translation>
    </message>
    <message>
        <source>今日工作清单（按户和路线；--pdf 走访单）</source>
        <translation>今日工作清单（按户和路线；--pdf 走访单）</translation>
    </message>
    <message>
        <source>请用 --%1 给出日期（YYYY-MM-DD）</source>
        <translation>请用 --%1 给出日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--area 应为9位乡镇代码、12位村代码、team:团队编号 或 doctor:医生编号：%1</source>
        <translation>--area 应为9位乡镇代码、12位村代码、team:团队编号 或 doctor:医生编号：%1</translation>
    </message>
    <message>
        <source>统计范围：%1    统计期间：%2</source>
        <translation>统计范围：%1    统计期间：%2</translation>
    </message>
    <message>
        <source>指标定义版本 %1；生成于 %2</source>
        <translation>指标定义版本 %1；生成于 %2</translation>
    </message>
    <message>
        <source>%1：分子 = %2；分母 = %3</source>
        <translation>%1：分子 = %2；分母 = %3</translation>
    </message>
    <message>
        <source>统计范围：%1；统计期间：%2</source>
        <translation>统计范围：%1；统计期间：%2</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>  分子：%1</source>
        <translation>  分子：%1</translation>
    </message>
    <message>
        <source>  分母：%1</source>
        <translation>  分母：%1</translation>
    </message>
    <message>
        <source>没有这个指标：%1（jiayi-cli report --list 列出全部指标）</source>
        <translation>没有这个指标：%1（jiayi-cli report --list 列出全部指标）</translation>
    </message>
    <message>
        <source>已写入 %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>一个指标（编号或中文名，如 sign_rate、签约率）</source>
        <translation>一个指标（编号或中文名，如 sign_rate、签约率）</translation>
    </message>
    <message>
        <source>全部指标</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>列出全部指标的编号和名称</source>
        <translation>列出全部指标的编号和名称</translation>
    </message>
    <message>
        <source>统计期间开始（YYYY-MM-DD）</source>
        <translation>统计期间开始（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>统计期间结束（YYYY-MM-DD）</source>
        <translation>统计期间结束（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>统计范围：9位乡镇代码、12位村代码、team:团队编号 或 doctor:医生编号（默认全部村）</source>
        <translation>统计范围：9位乡镇代码、12位村代码、team:团队编号 或 doctor:医生编号（默认全部村）</translation>
    </message>
    <message>
        <source>另存为 Excel 文件</source>
        <translation>另存为 Excel 文件</translation>
    </message>
    <message>
        <source>另存为 PDF（A4 横向）</source>
        <translation>另存为 PDF（A4 横向）</translation>
    </message>
    <message>
        <source>指标报表：jiayi-cli report --db PATH (--indicator 名称 | --all) --from 日期 --to 日期 [--area 代码] [--json | --xlsx 文件 | --pdf 文件]
统计报表：jiayi-cli report --db PATH --table 编号 --from 日期 --to 日期 [--area 代码] [--reviewer 姓名] [--preparer 姓名] [--json | --xlsx 文件 | --csv 文件 | --pdf 文件]</source>
        <translation>指标报表：jiayi-cli report --db PATH (--indicator 名称 | --all) --from 日期 --to 日期 [--area 代码] [--json | --xlsx 文件 | --pdf 文件]
统计报表：jiayi-cli report --db PATH --table 编号 --from 日期 --to 日期 [--area 代码] [--reviewer 姓名] [--preparer 姓名] [--json | --xlsx 文件 | --csv 文件 | --pdf 文件]</translation>
    </message>
    <message>
        <source>省里的目标与设置（JSON 文件）</source>
        <translation>省里的目标与设置（JSON 文件）</translation>
    </message>
    <message>
        <source>以导入格式显示正在使用的目标与设置</source>
        <translation>以导入格式显示正在使用的目标与设置</translation>
    </message>
    <message>
        <source>指标目标：jiayi-cli report targets --db PATH (--from 文件 | --show)。文件格式：{"source": "文件名", "targets": {"sign_rate": 75}, "settings": {"prevalence_hypertension": 0.25}, "population": {"村代码": 人数}}</source>
        <translation>指标目标：jiayi-cli report targets --db PATH (--from 文件 | --show)。文件格式：{"source": "文件名", "targets": {"sign_rate": 75}, "settings": {"prevalence_hypertension": 0.25}, "population": {"村代码": 人数}}</translation>
    </message>
    <message>
        <source>请给出 --from 文件 或 --show 之一</source>
        <translation>请给出 --from 文件 或 --show 之一</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>已导入：目标 %1 项，设置 %2 项，常住人口 %3 个地区</source>
        <translation>已导入：目标 %1 项，设置 %2 项，常住人口 %3 个地区</translation>
    </message>
    <message>
        <source>指标与统计报表（--db PATH --indicator 名称|--all|--table 编号 --from 日期 --to 日期 [--area 代码] [--json|--xlsx|--csv|--pdf]）</source>
        <translation>指标与统计报表（--db PATH --indicator 名称|--all|--table 编号 --from 日期 --to 日期 [--area 代码] [--json|--xlsx|--csv|--pdf]）</translation>
    </message>
    <message>
        <source>导入或显示指标目标与设置（--db PATH --from 文件|--show）</source>
        <translation>导入或显示指标目标与设置（--db PATH --from 文件|--show）</translation>
    </message>
    <message>
        <source>请给出 --indicator 名称、--all 或 --table 编号 之一</source>
        <translation>请给出 --indicator 名称、--all 或 --table 编号 之一</translation>
    </message>
    <message>
        <source>规则文件（默认内置的 elderly_selfcare.json）</source>
        <translation>规则文件（默认内置的 elderly_selfcare.json）</translation>
    </message>
    <message>
        <source>老年人生活自理能力评估：标准输入读 JSON（五项各为所选列 0～3），输出总分、分级和各项得分</source>
        <translation>老年人生活自理能力评估：标准输入读 JSON（五项各为所选列 0～3），输出总分、分级和各项得分</translation>
    </message>
    <message>
        <source>老年人生活自理能力评估（标准输入读 JSON，输出总分与分级）</source>
        <translation>老年人生活自理能力评估（标准输入读 JSON，输出总分与分级）</translation>
    </message>
    <message>
        <source>按WHO 2006儿童生长标准评价一次测量（标准输入 JSON：sex, birth_date, on, weight_kg, length_cm 或 height_cm, head_cm；标准输出 JSON）</source>
        <translation>按WHO 2006儿童生长标准评价一次测量（标准输入 JSON：sex, birth_date, on, weight_kg, length_cm 或 height_cm, head_cm；标准输出 JSON）</translation>
    </message>
    <message>
        <source>儿童生长评价：WHO 2006标准的Z评分、上中下和标记（JSON）</source>
        <translation>儿童生长评价：WHO 2006标准的Z评分、上中下和标记（JSON）</translation>
    </message>
    <message>
        <source>规则集：nbphs（基本公卫规范，默认）或 norm2018（2018年工作规范）</source>
        <translation>规则集：nbphs（基本公卫规范，默认）或 norm2018（2018年工作规范）</translation>
    </message>
    <message>
        <source>严重精神障碍随访分类：标准输入读 JSON，输出分类、下次随访天数、是否转诊</source>
        <translation>严重精神障碍随访分类：标准输入读 JSON，输出分类、下次随访天数、是否转诊</translation>
    </message>
    <message>
        <source>严重精神障碍患者管理记录编号</source>
        <translation>严重精神障碍患者管理记录编号</translation>
    </message>
    <message>
        <source>显示一名严重精神障碍患者的登记和随访（需要相应权限，读取留痕）</source>
        <translation>显示一名严重精神障碍患者的登记和随访（需要相应权限，读取留痕）</translation>
    </message>
    <message>
        <source>缺少 --patient 患者编号</source>
        <translation>缺少 --patient 患者编号</translation>
    </message>
    <message>
        <source>显示严重精神障碍患者记录（需要严重精神障碍记录权限，读取留痕）</source>
        <translation>显示严重精神障碍患者记录（需要严重精神障碍记录权限，读取留痕）</translation>
    </message>
    <message>
        <source>严重精神障碍随访分类（标准输入读 JSON，输出分类、下次随访天数、是否转诊）</source>
        <translation>严重精神障碍随访分类（标准输入读 JSON，输出分类、下次随访天数、是否转诊）</translation>
    </message>
    <message>
        <source>由末次月经推算预产期、孕周、孕期和下次产前随访（标准输入 JSON：lmp, on, rule, ultrasound_edd, done；标准输出 JSON）</source>
        <translation>由末次月经推算预产期、孕周、孕期和下次产前随访（标准输入 JSON：lmp, on, rule, ultrasound_edd, done；标准输出 JSON）</translation>
    </message>
    <message>
        <source>孕期日期：预产期、孕周、孕期、产前随访时间（JSON）</source>
        <translation>孕期日期：预产期、孕周、孕期、产前随访时间（JSON）</translation>
    </message>
    <message>
        <source>把居民健康档案摘要（一页，带二维码查询编号）保存为 PDF（A4）</source>
        <translation>把居民健康档案摘要（一页，带二维码查询编号）保存为 PDF（A4）</translation>
    </message>
    <message>
        <source>居民健康档案摘要</source>
        <translation>居民健康档案摘要</translation>
    </message>
    <message>
        <source>居民健康档案摘要存为 PDF（--db PATH --resident 居民 --out FILE；每次打印留痕）</source>
        <translation>居民健康档案摘要存为 PDF（--db PATH --resident 居民 --out FILE；每次打印留痕）</translation>
    </message>
    <message>
        <source>肺结核患者管理记录编号</source>
        <translation>肺结核患者管理记录编号</translation>
    </message>
    <message>
        <source>肺结核患者服药情况：应服、实服、漏服次数及是否规则服药</source>
        <translation>肺结核患者服药情况：应服、实服、漏服次数及是否规则服药</translation>
    </message>
    <message>
        <source>截至 %1：应服药 %2 次，实际服药 %3 次，漏服 %4 次（%5%）</source>
        <translation>截至 %1：应服药 %2 次，实际服药 %3 次，漏服 %4 次（%5%）</translation>
    </message>
    <message>
        <source>规则服药</source>
        <translation>规则服药</translation>
    </message>
    <message>
        <source>未规则服药</source>
        <translation>未规则服药</translation>
    </message>
    <message>
        <source>肺结核患者服药情况（应服、实服、漏服，是否规则服药）</source>
        <translation>肺结核患者服药情况（应服、实服、漏服，是否规则服药）</translation>
    </message>
    <message>
        <source>规则文件（默认内置的 tcm_constitution.json）</source>
        <translation>规则文件（默认内置的 tcm_constitution.json）</translation>
    </message>
    <message>
        <source>老年人中医体质辨识：标准输入读 JSON（33 题各 1～5，可给 bmi、waist_cm），输出九种体质的原始分与判定</source>
        <translation>老年人中医体质辨识：标准输入读 JSON（33 题各 1～5，可给 bmi、waist_cm），输出九种体质的原始分与判定</translation>
    </message>
    <message>
        <source>中医体质辨识（标准输入读 33 题答案 JSON，输出九种体质判定）</source>
        <translation>中医体质辨识（标准输入读 33 题答案 JSON，输出九种体质判定）</translation>
    </message>
    <message>
        <source>上报的月份（YYYY-MM）</source>
        <translation>上报的月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>把一个月的指标（分子、分母、率）以 FHIR MeasureReport 上报区域平台；同一月份再次上报会更新，不会重复</source>
        <translation>把一个月的指标（分子、分母、率）以 FHIR MeasureReport 上报区域平台；同一月份再次上报会更新，不会重复</translation>
    </message>
    <message>
        <source>--month 应为 YYYY-MM 格式的月份</source>
        <translation>--month 应为 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>上报月度指标到区域平台（--db PATH --month YYYY-MM [--server URL --token T --ca FILE]）</source>
        <translation>上报月度指标到区域平台（--db PATH --month YYYY-MM [--server URL --token T --ca FILE]）</translation>
    </message>
    <message>
        <source>压缩上传的事务包：auto（仅对嘉医平台）、on 或 off</source>
        <translation>压缩上传的事务包：auto（仅对嘉医平台）、on 或 off</translation>
    </message>
    <message>
        <source>按时间下载时（非嘉医平台）每次回看的秒数</source>
        <translation>按时间下载时（非嘉医平台）每次回看的秒数</translation>
    </message>
    <message>
        <source>--gzip 应为 auto、on 或 off</source>
        <translation>--gzip 应为 auto、on 或 off</translation>
    </message>
    <message>
        <source>仍有 %1 条记录未上传：请处理冲突和被拒记录</source>
        <translation>仍有 %1 条记录未上传：请处理冲突和被拒记录</translation>
    </message>
    <message>
        <source>due-week、due-month、overdue、due-by-week、not-seen-quarter、lost 或 open（默认 overdue）</source>
        <translation>due-week、due-month、overdue、due-by-week、not-seen-quarter、lost 或 open（默认 overdue）</translation>
    </message>
</context>
<context>
    <name>Gui::AdminPage</name>
    <message>
        <source>系统管理员</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>管理用户、设置和备份的账户。</source>
        <translation>管理用户、设置和备份的账户。</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>姓名(&amp;A)</source>
        <translation>姓名(&amp;A)</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>再次输入(&amp;R)</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
    <message>
        <source>用户名为 2-32 个字母、数字、下划线、点或减号。密码至少 %1 位，需同时包含字母和数字，不能包含用户名。请记住密码：忘记时只能在本机用 jiayi-cli 重置。</source>
        <translation>用户名为 2-32 个字母、数字、下划线、点或减号。密码至少 %1 位，需同时包含字母和数字，不能包含用户名。请记住密码：忘记时只能在本机用 jiayi-cli 重置。</translation>
    </message>
    <message>
        <source>已登录的管理员 %1（%2）将建立本机构，这里不需要再填写。</source>
        <translation>已登录的管理员 %1（%2）将建立本机构，这里不需要再填写。</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Gui::AreasPage</name>
    <message>
        <source>乡镇和村</source>
        <translation>乡镇和村</translation>
    </message>
    <message>
        <source>本机构所在的乡镇（街道）和它所辖的村（居委会）。</source>
        <translation>本机构所在的乡镇（街道）和它所辖的村（居委会）。</translation>
    </message>
    <message>
        <source>9 位数字</source>
        <translation>9 位数字</translation>
    </message>
    <message>
        <source>例如：星沙街道</source>
        <translation>例如：星沙街道</translation>
    </message>
    <message>
        <source>乡镇（街道）代码(&amp;T)</source>
        <translation>乡镇（街道）代码(&amp;T)</translation>
    </message>
    <message>
        <source>名称(&amp;E)</source>
        <translation>名称(&amp;E)</translation>
    </message>
    <message>
        <source>区划代码（12 位）</source>
        <translation>区划代码（12 位）</translation>
    </message>
    <message>
        <source>村（居委会）名称</source>
        <translation>村（居委会）名称</translation>
    </message>
    <message>
        <source>村（居委会）(&amp;V)</source>
        <translation>村（居委会）(&amp;V)</translation>
    </message>
    <message>
        <source>删除行(&amp;D)</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>区划代码用国家统计局的统计用区划代码：乡镇 9 位，村 12 位（前 9 位是乡镇代码）。每行一个村或居委会。代码可只输入最后 3 位，离开单元格时自动补上乡镇代码。可从 Excel 选中“代码、名称”两列复制，在表中按 Ctrl+V 粘贴。Delete 删除当前行；在最后的空行按 Tab 离开表格。导入居民名单时按村名找村，村名不能重复。</source>
        <translation>区划代码用国家统计局的统计用区划代码：乡镇 9 位，村 12 位（前 9 位是乡镇代码）。每行一个村或居委会。代码可只输入最后 3 位，离开单元格时自动补上乡镇代码。可从 Excel 选中“代码、名称”两列复制，在表中按 Ctrl+V 粘贴。Delete 删除当前行；在最后的空行按 Tab 离开表格。导入居民名单时按村名找村，村名不能重复。</translation>
    </message>
    <message>
        <source>第 %1 行%2</source>
        <translation>第 %1 行%2</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>村（居委会）</translation>
    </message>
    <message>
        <source>乡镇名称</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <source>乡镇代码</source>
        <translation>乡镇代码</translation>
    </message>
</context>
<context>
    <name>Gui::AuditPage</name>
    <message>
        <source>全部操作</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>查询(&amp;Q)</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;E)…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>校验完整性(&amp;V)</source>
        <translation>校验完整性(&amp;V)</translation>
    </message>
    <message>
        <source>到</source>
        <translation>到</translation>
    </message>
    <message>
        <source>选中一条记录，查看修改前后的内容</source>
        <translation>选中一条记录，查看修改前后的内容</translation>
    </message>
    <message>
        <source>显示最新的 %1 条（请缩小查询范围）</source>
        <translation>显示最新的 %1 条（请缩小查询范围）</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>记录ID或居民身份证号</source>
        <translation>记录ID或居民身份证号</translation>
    </message>
    <message>
        <source>从(&amp;F)</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>用户(&amp;U)</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>操作(&amp;A)</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>记录(&amp;R)</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>全部用户</translation>
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
原始记录：%2
修改前：
%3
修改后：
%4
哈希：%5</translation>
    </message>
</context>
<context>
    <name>Gui::BackupPage</name>
    <message>
        <source>选择(&amp;B)…</source>
        <translation>选择(&amp;B)…</translation>
    </message>
    <message>
        <source>可选：有恢复密钥时，忘记备份密码也能恢复</source>
        <translation>可选：有恢复密钥时，忘记备份密码也能恢复</translation>
    </message>
    <message>
        <source>生成恢复密钥(&amp;G)</source>
        <translation>生成恢复密钥(&amp;G)</translation>
    </message>
    <message>
        <source>国际算法（AES-256-GCM、SHA-256）</source>
        <translation>国际算法（AES-256-GCM、SHA-256）</translation>
    </message>
    <message>
        <source>立即备份(&amp;K)</source>
        <translation>立即备份(&amp;K)</translation>
    </message>
    <message>
        <source>备份文件夹(&amp;F)</source>
        <translation>备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>备份密码(&amp;P)</source>
        <translation>备份密码(&amp;P)</translation>
    </message>
    <message>
        <source>再次输入(&amp;R)</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
    <message>
        <source>恢复密钥(&amp;Y)</source>
        <translation>恢复密钥(&amp;Y)</translation>
    </message>
    <message>
        <source>算法(&amp;A)</source>
        <translation>算法(&amp;A)</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>算法</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>校验所选(&amp;V)…</source>
        <translation>校验所选(&amp;V)…</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>请抄下恢复密钥并妥善保管（不会另行保存）：%1</source>
        <translation>请抄下恢复密钥并妥善保管（不会另行保存）：%1</translation>
    </message>
    <message>
        <source>两次输入的备份密码不一致</source>
        <translation>两次输入的备份密码不一致</translation>
    </message>
    <message>
        <source>无法创建文件夹：%1</source>
        <translation>无法创建文件夹：%1</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>请先在列表中选择一个备份</source>
        <translation>请先在列表中选择一个备份</translation>
    </message>
    <message>
        <source>校验备份</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>备份密码或恢复密钥：</source>
        <translation>备份密码或恢复密钥：</translation>
    </message>
    <message>
        <source>备份完好：%1</source>
        <translation>备份完好：%1</translation>
    </message>
    <message>
        <source>商用密码（SM4、SM3、SM2）</source>
        <translation>商用密码（SM4、SM3、SM2）</translation>
    </message>
    <message>
        <source>备份位置与加密</source>
        <translation>备份位置与加密</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>刷新(&amp;E)</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <source>已有备份(&amp;L)</source>
        <translation>已有备份(&amp;L)</translation>
    </message>
    <message>
        <source>正在按计划备份，可以继续工作…</source>
        <translation>正在按计划备份，可以继续工作…</translation>
    </message>
    <message>
        <source>正在按计划备份，可以继续工作… %1%</source>
        <translation>正在按计划备份，可以继续工作… %1%</translation>
    </message>
    <message>
        <source>自动备份完成并已校验：%1</source>
        <translation>自动备份完成并已校验：%1</translation>
    </message>
    <message>
        <source>自动备份失败：%1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>自动备份计划</source>
        <translation>自动备份计划</translation>
    </message>
    <message>
        <source>不自动备份</source>
        <translation>不自动备份</translation>
    </message>
    <message>
        <source>每天定时</source>
        <translation>每天定时</translation>
    </message>
    <message>
        <source>每隔几小时</source>
        <translation>每隔几小时</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>保存计划(&amp;S)</source>
        <translation>保存计划(&amp;S)</translation>
    </message>
    <message>
        <source>按计划立即备份(&amp;U)</source>
        <translation>按计划立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>自动备份写入上面的文件夹，用上面的算法加密。备份密码不保存在本机：保存计划时用它生成备份密钥，恢复时需要此密码或恢复密钥。</source>
        <translation>自动备份写入上面的文件夹，用上面的算法加密。备份密码不保存在本机：保存计划时用它生成备份密钥，恢复时需要此密码或恢复密钥。</translation>
    </message>
    <message>
        <source>时间(&amp;T)</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>间隔(&amp;H)</source>
        <translation>间隔(&amp;H)</translation>
    </message>
    <message>
        <source>计划(&amp;M)</source>
        <translation>计划(&amp;M)</translation>
    </message>
    <message>
        <source>保留最近(&amp;N)</source>
        <translation>保留最近(&amp;N)</translation>
    </message>
    <message>
        <source>未设置自动备份。</source>
        <translation>未设置自动备份。</translation>
    </message>
    <message>
        <source>下次备份：%1</source>
        <translation>下次备份：%1</translation>
    </message>
    <message>
        <source>上次自动备份：%1</source>
        <translation>上次自动备份：%1</translation>
    </message>
    <message>
        <source>还没有自动备份</source>
        <translation>还没有自动备份</translation>
    </message>
    <message>
        <source>上次尝试失败：%1</source>
        <translation>上次尝试失败：%1</translation>
    </message>
    <message>
        <source>已关闭自动备份</source>
        <translation>已关闭自动备份</translation>
    </message>
    <message>
        <source>计划已保存，已用新的备份密码生成备份密钥（以前的备份仍用原密码恢复）</source>
        <translation>计划已保存，已用新的备份密码生成备份密钥（以前的备份仍用原密码恢复）</translation>
    </message>
    <message>
        <source>计划已保存</source>
        <translation>计划已保存</translation>
    </message>
    <message>
        <source>自动备份不可用</source>
        <translation>自动备份不可用</translation>
    </message>
    <message>
        <source>自动备份正在进行</source>
        <translation>自动备份正在进行</translation>
    </message>
    <message>
        <source>请先保存自动备份计划</source>
        <translation>请先保存自动备份计划</translation>
    </message>
    <message>
        <source>已备份到 %1（已校验）</source>
        <translation>已备份到 %1（已校验）</translation>
    </message>
    <message>
        <source>已备份到 %1，但校验失败：%2</source>
        <translation>已备份到 %1，但校验失败：%2</translation>
    </message>
    <message>
        <source>未校验</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>✔ 已校验 %1</source>
        <translation>✔ 已校验 %1</translation>
    </message>
    <message>
        <source>✘ 校验失败</source>
        <translation>✘ 校验失败</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>结构版本 %1</source>
        <translation>结构版本 %1</translation>
    </message>
    <message>
        <source>从所选备份恢复(&amp;R)…</source>
        <translation>从所选备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>恢复会替换当前数据库：先校验所选备份，再把当前数据另存一份安全备份，然后换上备份并重新登录。也可在退出家医后运行 jiayi-cli restore --db 数据库文件 --from 备份文件。</source>
        <translation>恢复会替换当前数据库：先校验所选备份，再把当前数据另存一份安全备份，然后换上备份并重新登录。也可在退出家医后运行 jiayi-cli restore --db 数据库文件 --from 备份文件。</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>未恢复：%1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>用备份 %1（%2）替换当前数据库？

当前数据会先另存一份安全备份；恢复后需要重新登录。</source>
        <translation>用备份 %1（%2）替换当前数据库？

当前数据会先另存一份安全备份；恢复后需要重新登录。</translation>
    </message>
    <message>
        <source>未恢复</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>未恢复：当前数据的安全备份没有成功（%1）</source>
        <translation>未恢复：当前数据的安全备份没有成功（%1）</translation>
    </message>
    <message>
        <source>已另存安全备份 %1，正在恢复…</source>
        <translation>已另存安全备份 %1，正在恢复…</translation>
    </message>
</context>
<context>
    <name>Gui::BackupStatusWidget</name>
    <message>
        <source>取消备份</source>
        <translation>取消备份</translation>
    </message>
    <message>
        <source>正在自动备份…</source>
        <translation>正在自动备份…</translation>
    </message>
    <message>
        <source>自动备份完成：%1</source>
        <translation>自动备份完成：%1</translation>
    </message>
    <message>
        <source>自动备份失败：%1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>Gui::BirthDialog</name>
    <message>
        <source>分娩登记</source>
        <translation>分娩登记</translation>
    </message>
    <message>
        <source>该居民没有待分娩的孕产期记录</source>
        <translation>该居民没有待分娩的孕产期记录</translation>
    </message>
    <message>
        <source>未出院/不详</source>
        <translation>未出院/不详</translation>
    </message>
    <message>
        <source>助产机构名称；在家分娩填“无”</source>
        <translation>助产机构名称；在家分娩填“无”</translation>
    </message>
    <message>
        <source>活产</source>
        <translation>活产</translation>
    </message>
    <message>
        <source>死胎死产</source>
        <translation>死胎死产</translation>
    </message>
    <message>
        <source>自然流产</source>
        <translation>自然流产</translation>
    </message>
    <message>
        <source>人工流产/引产</source>
        <translation>人工流产/引产</translation>
    </message>
    <message>
        <source>分娩日期(&amp;D)</source>
        <translation>分娩日期(&amp;D)</translation>
    </message>
    <message>
        <source>分娩地点(&amp;P)</source>
        <translation>分娩地点(&amp;P)</translation>
    </message>
    <message>
        <source>妊娠结局(&amp;O)</source>
        <translation>妊娠结局(&amp;O)</translation>
    </message>
    <message>
        <source>出院日期(&amp;C)</source>
        <translation>出院日期(&amp;C)</translation>
    </message>
    <message>
        <source>新生儿数(&amp;N)</source>
        <translation>新生儿数(&amp;N)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>姓名（未取名可空：%1之男/之女）</source>
        <translation>姓名（未取名可空：%1之男/之女）</translation>
    </message>
    <message>
        <source>出生体重 g</source>
        <translation>出生体重 g</translation>
    </message>
    <message>
        <source>身长 cm</source>
        <translation>身长 cm</translation>
    </message>
    <message>
        <source>新生儿%1</source>
        <translation>新生儿%1</translation>
    </message>
    <message>
        <source>登记 (Ctrl+S)</source>
        <translation>登记 (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Gui::CheckPrinter</name>
    <message>
        <source>健康体检表</source>
        <translation>健康体检表</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>体检日期</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>责任医生</translation>
    </message>
    <message>
        <source>表单版本</source>
        <translation>表单版本</translation>
    </message>
    <message>
        <source>本表为更正后的版本（%1）</source>
        <translation>本表为更正后的版本（%1）</translation>
    </message>
</context>
<context>
    <name>Gui::ChildActions</name>
    <message>
        <source>新生儿家庭访视</source>
        <translation>新生儿家庭访视</translation>
    </message>
    <message>
        <source>儿童健康检查</source>
        <translation>儿童健康检查</translation>
    </message>
    <message>
        <source>生长曲线</source>
        <translation>生长曲线</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>打印儿童健康检查记录表</source>
        <translation>打印儿童健康检查记录表</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>打印新生儿家庭访视记录表</source>
        <translation>打印新生儿家庭访视记录表</translation>
    </message>
</context>
<context>
    <name>Gui::ChildCheckDialog</name>
    <message>
        <source>新生儿家庭访视</source>
        <translation>新生儿家庭访视</translation>
    </message>
    <message>
        <source>儿童健康检查</source>
        <translation>儿童健康检查</translation>
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
        <translation>卧位（身长）</translation>
    </message>
    <message>
        <source>立位（身高）</source>
        <translation>立位（身高）</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>纯母乳</source>
        <translation>纯母乳</translation>
    </message>
    <message>
        <source>混合</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>IU/日，未服填0</source>
        <translation>IU/日，未服填0</translation>
    </message>
    <message>
        <source>小时/日</source>
        <translation>小时/日</translation>
    </message>
    <message>
        <source>颗</source>
        <translation>颗</translation>
    </message>
    <message>
        <source>如 左4.9 右5.0</source>
        <translation>如 左4.9 右5.0</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>未筛查</source>
        <translation>未筛查</translation>
    </message>
    <message>
        <source>未见预警征象</source>
        <translation>未见预警征象</translation>
    </message>
    <message>
        <source>有预警征象</source>
        <translation>有预警征象</translation>
    </message>
    <message>
        <source>两次随访间患病情况，如 肺炎1次</source>
        <translation>两次随访间患病情况，如 肺炎1次</translation>
    </message>
    <message>
        <source>转诊原因及机构，无则不填</source>
        <translation>转诊原因及机构，无则不填</translation>
    </message>
    <message>
        <source>科学喂养、生长发育、疾病预防、预防伤害、口腔保健</source>
        <translation>科学喂养、生长发育、疾病预防、预防伤害、口腔保健</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>随访日期(&amp;D)</source>
        <translation>随访日期(&amp;D)</translation>
    </message>
    <message>
        <source>表单</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>体重(&amp;W)</source>
        <translation>体重(&amp;W)</translation>
    </message>
    <message>
        <source>身长/身高(&amp;L)</source>
        <translation>身长/身高(&amp;L)</translation>
    </message>
    <message>
        <source>头围(&amp;H)</source>
        <translation>头围(&amp;H)</translation>
    </message>
    <message>
        <source>血红蛋白(&amp;B)</source>
        <translation>血红蛋白(&amp;B)</translation>
    </message>
    <message>
        <source>喂养方式(&amp;F)</source>
        <translation>喂养方式(&amp;F)</translation>
    </message>
    <message>
        <source>周</source>
        <translation>周</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>次/日</source>
        <translation>次/日</translation>
    </message>
    <message>
        <source>无，或部位：面部、躯干、四肢、手足</source>
        <translation>无，或部位：面部、躯干、四肢、手足</translation>
    </message>
    <message>
        <source>未脱</source>
        <translation>未脱</translation>
    </message>
    <message>
        <source>脱落</source>
        <translation>脱落</translation>
    </message>
    <message>
        <source>脐部有渗出</source>
        <translation>脐部有渗出</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>出生孕周(&amp;K)</source>
        <translation>出生孕周(&amp;K)</translation>
    </message>
    <message>
        <source>出生体重(&amp;Y)</source>
        <translation>出生体重(&amp;Y)</translation>
    </message>
    <message>
        <source>出生身长(&amp;U)</source>
        <translation>出生身长(&amp;U)</translation>
    </message>
    <message>
        <source>吃奶次数(&amp;M)</source>
        <translation>吃奶次数(&amp;M)</translation>
    </message>
    <message>
        <source>黄疸部位(&amp;J)</source>
        <translation>黄疸部位(&amp;J)</translation>
    </message>
    <message>
        <source>脐带(&amp;Q)</source>
        <translation>脐带(&amp;Q)</translation>
    </message>
    <message>
        <source>维生素D(&amp;V)</source>
        <translation>维生素D(&amp;V)</translation>
    </message>
    <message>
        <source>户外活动(&amp;O)</source>
        <translation>户外活动(&amp;O)</translation>
    </message>
    <message>
        <source>出牙数(&amp;T)</source>
        <translation>出牙数(&amp;T)</translation>
    </message>
    <message>
        <source>龋齿数(&amp;C)</source>
        <translation>龋齿数(&amp;C)</translation>
    </message>
    <message>
        <source>视力(&amp;S)</source>
        <translation>视力(&amp;S)</translation>
    </message>
    <message>
        <source>听力(&amp;E)</source>
        <translation>听力(&amp;E)</translation>
    </message>
    <message>
        <source>发育评估(&amp;A)</source>
        <translation>发育评估(&amp;A)</translation>
    </message>
    <message>
        <source>患病情况(&amp;I)</source>
        <translation>患病情况(&amp;I)</translation>
    </message>
    <message>
        <source>转诊(&amp;R)</source>
        <translation>转诊(&amp;R)</translation>
    </message>
    <message>
        <source>指导(&amp;G)</source>
        <translation>指导(&amp;G)</translation>
    </message>
    <message>
        <source>下次随访(&amp;N)</source>
        <translation>下次随访(&amp;N)</translation>
    </message>
    <message>
        <source>生长评价（WHO 2006）</source>
        <translation>生长评价（WHO 2006）</translation>
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
        <source>生长曲线 (Ctrl+G)</source>
        <translation>生长曲线 (Ctrl+G)</translation>
    </message>
    <message>
        <source>您的角色无权记录儿童健康检查</source>
        <translation>您的角色无权记录儿童健康检查</translation>
    </message>
    <message>
        <source>填写体重、身长（身高）或头围后即时评价。</source>
        <translation>填写体重、身长（身高）或头围后即时评价。</translation>
    </message>
    <message>
        <source>%1：Z = %2，%3</source>
        <translation>%1：Z = %2，%3</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>请填写数字</source>
        <translation>请填写数字</translation>
    </message>
    <message>
        <source>生长曲线</source>
        <translation>生长曲线</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Gui::ChildCheckPrinter</name>
    <message>
        <source>有</source>
        <translation>有</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>健康检查</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>健康检查记录表</source>
        <translation>健康检查记录表</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>月龄/年龄</source>
        <translation>月龄/年龄</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>随访日期</source>
        <translation>随访日期</translation>
    </message>
    <message>
        <source>体重(kg)</source>
        <translation>体重(kg)</translation>
    </message>
    <message>
        <source>身长/身高(cm)</source>
        <translation>身长/身高(cm)</translation>
    </message>
    <message>
        <source>体重/身高</source>
        <translation>体重/身高</translation>
    </message>
    <message>
        <source>头围(cm)</source>
        <translation>头围(cm)</translation>
    </message>
    <message>
        <source>体格发育评价</source>
        <translation>体格发育评价</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>血红蛋白(g/L)</source>
        <translation>血红蛋白(g/L)</translation>
    </message>
    <message>
        <source>喂养方式</source>
        <translation>喂养方式</translation>
    </message>
    <message>
        <source>户外活动(小时/日)</source>
        <translation>户外活动(小时/日)</translation>
    </message>
    <message>
        <source>服用维生素D(IU/日)</source>
        <translation>服用维生素D(IU/日)</translation>
    </message>
    <message>
        <source>出牙/龋齿数(颗)</source>
        <translation>出牙/龋齿数(颗)</translation>
    </message>
    <message>
        <source>视力</source>
        <translation>视力</translation>
    </message>
    <message>
        <source>听力</source>
        <translation>听力</translation>
    </message>
    <message>
        <source>发育评估（预警征象）</source>
        <translation>发育评估（预警征象）</translation>
    </message>
    <message>
        <source>两次随访间患病情况</source>
        <translation>两次随访间患病情况</translation>
    </message>
    <message>
        <source>转诊建议</source>
        <translation>转诊建议</translation>
    </message>
    <message>
        <source>指导</source>
        <translation>指导</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>随访医生签名</source>
        <translation>随访医生签名</translation>
    </message>
    <message>
        <source>体重、身长（身高）后为WHO 2006标准的上/中/下；体格发育评价为低体重、生长迟缓、消瘦、超重、肥胖。</source>
        <translation>体重、身长（身高）后为WHO 2006标准的上/中/下；体格发育评价为低体重、生长迟缓、消瘦、超重、肥胖。</translation>
    </message>
    <message>
        <source>新生儿家庭访视记录表</source>
        <translation>新生儿家庭访视记录表</translation>
    </message>
    <message>
        <source>出生孕周</source>
        <translation>出生孕周</translation>
    </message>
    <message>
        <source>出生体重(g)</source>
        <translation>出生体重(g)</translation>
    </message>
    <message>
        <source>出生身长(cm)</source>
        <translation>出生身长(cm)</translation>
    </message>
    <message>
        <source>目前体重(kg)</source>
        <translation>目前体重(kg)</translation>
    </message>
    <message>
        <source>身长(cm)</source>
        <translation>身长(cm)</translation>
    </message>
    <message>
        <source>吃奶次数(次/日)</source>
        <translation>吃奶次数(次/日)</translation>
    </message>
    <message>
        <source>黄疸部位</source>
        <translation>黄疸部位</translation>
    </message>
    <message>
        <source>脐带</source>
        <translation>脐带</translation>
    </message>
    <message>
        <source>本次访视日期</source>
        <translation>本次访视日期</translation>
    </message>
    <message>
        <source>该儿童没有新生儿家庭访视记录</source>
        <translation>该儿童没有新生儿家庭访视记录</translation>
    </message>
</context>
<context>
    <name>Gui::ChronicPage</name>
    <message>
        <source>高血压和糖尿病</source>
        <translation>高血压和糖尿病</translation>
    </message>
    <message>
        <source>全部村（居委会）</source>
        <translation>全部村（居委会）</translation>
    </message>
    <message>
        <source>全部医生</source>
        <translation>全部医生</translation>
    </message>
    <message>
        <source>随访 (Enter)</source>
        <translation>随访 (Enter)</translation>
    </message>
    <message>
        <source>趋势图 (Ctrl+T)</source>
        <translation>趋势图 (Ctrl+T)</translation>
    </message>
    <message>
        <source>登记 (Ctrl+N)</source>
        <translation>登记 (Ctrl+N)</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>指标 (Ctrl+I)</source>
        <translation>指标 (Ctrl+I)</translation>
    </message>
    <message>
        <source>打印清单 (Ctrl+P)</source>
        <translation>打印清单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1：%2 人　（Enter 随访，Ctrl+T 趋势图，Ctrl+P 打印入户随访清单）</source>
        <translation>%1：%2 人　（Enter 随访，Ctrl+T 趋势图，Ctrl+P 打印入户随访清单）</translation>
    </message>
    <message>
        <source>趋势图</source>
        <translation>趋势图</translation>
    </message>
    <message>
        <source>慢病随访清单</source>
        <translation>慢病随访清单</translation>
    </message>
    <message>
        <source>%1　%2　打印日期 %3</source>
        <translation>%1　%2　打印日期 %3</translation>
    </message>
    <message>
        <source>&lt;th&gt;地址&lt;/th&gt;&lt;th&gt;本次血压/血糖&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;th&gt;地址&lt;/th&gt;&lt;th&gt;本次血压/血糖&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>慢病随访工作清单：%1</source>
        <translation>慢病随访工作清单：%1</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>打印日期</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>共计</source>
        <translation>共计</translation>
    </message>
    <message numerus="yes">
        <source>%n 人</source>
        <translation><numerusform>%n 人</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::ClinicPage</name>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>本工作站所属的卫生院或社区卫生服务中心。</source>
        <translation>本工作站所属的卫生院或社区卫生服务中心。</translation>
    </message>
    <message>
        <source>例如：星沙街道社区卫生服务中心</source>
        <translation>例如：星沙街道社区卫生服务中心</translation>
    </message>
    <message>
        <source>18 位，例如 12430121MB1234567X</source>
        <translation>18 位，例如 12430121MB1234567X</translation>
    </message>
    <message>
        <source>机构名称(&amp;M)</source>
        <translation>机构名称(&amp;M)</translation>
    </message>
    <message>
        <source>统一社会信用代码(&amp;C)</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <source>见《医疗机构执业许可证》或事业单位法人证书。机构名称将作为各家庭医生团队的所属机构。</source>
        <translation>见《医疗机构执业许可证》或事业单位法人证书。机构名称将作为各家庭医生团队的所属机构。</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>机构名称</translation>
    </message>
</context>
<context>
    <name>Gui::CloseRegistrationDialog</name>
    <message>
        <source>结案 — %1</source>
        <translation>结案 — %1</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>失访</source>
        <translation>失访</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>死亡原因、迁往何处或失访原因</source>
        <translation>死亡原因、迁往何处或失访原因</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Gui::ConfirmPage</name>
    <message>
        <source>核对并建立</source>
        <translation>核对并建立</translation>
    </message>
    <message>
        <source>请核对以下内容。点“建立机构”后一次写入；任何一步失败都不会留下改动。</source>
        <translation>请核对以下内容。点“建立机构”后一次写入；任何一步失败都不会留下改动。</translation>
    </message>
    <message>
        <source>保存为设置文件(&amp;S)…</source>
        <translation>保存为设置文件(&amp;S)…</translation>
    </message>
    <message>
        <source>把填写的内容存为 clinic.json（密码另存为同目录的 .password 文件），本机构的其他工作站可用 jiayi --setup 或 jiayi-cli setup --from 建立</source>
        <translation>把填写的内容存为 clinic.json（密码另存为同目录的 .password 文件），本机构的其他工作站可用 jiayi --setup 或 jiayi-cli setup --from 建立</translation>
    </message>
    <message>
        <source>正在建立机构（为每个账户计算密码散列，需要几秒钟）…</source>
        <translation>正在建立机构（为每个账户计算密码散列，需要几秒钟）…</translation>
    </message>
</context>
<context>
    <name>Gui::ConflictPanel</name>
    <message>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>原值（上次同步）</source>
        <translation>原值（上次同步）</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>采用的值（可修改）</source>
        <translation>采用的值（可修改）</translation>
    </message>
    <message>
        <source>全部采用本机(&amp;M)</source>
        <translation>全部采用本机(&amp;M)</translation>
    </message>
    <message>
        <source>全部采用平台(&amp;T)</source>
        <translation>全部采用平台(&amp;T)</translation>
    </message>
    <message>
        <source>保存决定(&amp;S)</source>
        <translation>保存决定(&amp;S)</translation>
    </message>
    <message>
        <source>没有待处理的冲突</source>
        <translation>没有待处理的冲突</translation>
    </message>
    <message>
        <source>本机的值在您决定前保持不变，决定后随下次同步上传。</source>
        <translation>本机的值在您决定前保持不变，决定后随下次同步上传。</translation>
    </message>
    <message>
        <source>双击（或按回车）原值、本机或平台的值即采用它；也可直接修改最后一列</source>
        <translation>双击（或按回车）原值、本机或平台的值即采用它；也可直接修改最后一列</translation>
    </message>
</context>
<context>
    <name>Gui::ContractDocuments</name>
    <message>
        <source>&lt;h1&gt;家庭医生签约服务协议书&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;家庭医生签约服务协议书&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;协议编号：%1　　签约日期：%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;协议编号：%1　　签约日期：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;甲方（签约居民）&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;甲方（签约居民）&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;姓名&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;性别&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;出生日期&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;姓名&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;性别&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;出生日期&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;身份证号&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;健康档案号&lt;/td&gt;&lt;td colspan='3'&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;身份证号&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;健康档案号&lt;/td&gt;&lt;td colspan='3'&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;电话&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;住址&lt;/td&gt;&lt;td colspan='3'&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;电话&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;住址&lt;/td&gt;&lt;td colspan='3'&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;人群类别&lt;/td&gt;&lt;td colspan='5'&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;人群类别&lt;/td&gt;&lt;td colspan='5'&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>一般人群</source>
        <translation>一般人群</translation>
    </message>
    <message>
        <source>&lt;h2&gt;乙方（家庭医生团队）&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;乙方（家庭医生团队）&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;团队&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;机构&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;团队&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;机构&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;签约医生&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;团队成员&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;签约医生&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;团队成员&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;服务内容与费用&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;服务内容与费用&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;table width='100%'&gt;&lt;tr&gt;&lt;th&gt;服务包&lt;/th&gt;&lt;th&gt;服务项目&lt;/th&gt;&lt;th&gt;费用（元/年）&lt;/th&gt;&lt;th&gt;医保&lt;/th&gt;&lt;th&gt;公卫经费&lt;/th&gt;&lt;th&gt;个人自付&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table width='100%'&gt;&lt;tr&gt;&lt;th&gt;服务包&lt;/th&gt;&lt;th&gt;服务项目&lt;/th&gt;&lt;th&gt;费用（元/年）&lt;/th&gt;&lt;th&gt;医保&lt;/th&gt;&lt;th&gt;公卫经费&lt;/th&gt;&lt;th&gt;个人自付&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 每年%2次</source>
        <translation>%1 每年%2次</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan='2'&gt;合计（%1年）&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan='2'&gt;合计（%1年）&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;服务期限&lt;/h2&gt;&lt;p&gt;自 %1 起至 %2 止，共 %3 年。期满前乙方提醒甲方续约；甲方可续约或改签其他团队。同一时间甲方只与一个家庭医生团队签约。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;服务期限&lt;/h2&gt;&lt;p&gt;自 %1 起至 %2 止，共 %3 年。期满前乙方提醒甲方续约；甲方可续约或改签其他团队。同一时间甲方只与一个家庭医生团队签约。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;双方权利与义务&lt;/h2&gt;&lt;p&gt;乙方按服务包约定为甲方提供基本医疗、基本公共卫生和约定的健康管理服务，保护甲方隐私；甲方如实提供健康信息，配合随访与体检。任一方可依规定解约。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;双方权利与义务&lt;/h2&gt;&lt;p&gt;乙方按服务包约定为甲方提供基本医疗、基本公共卫生和约定的健康管理服务，保护甲方隐私；甲方如实提供健康信息，配合随访与体检。任一方可依规定解约。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;table width='100%'&gt;&lt;tr&gt;&lt;td height='60'&gt;甲方（签字）：&lt;br/&gt;&lt;br/&gt;日期：&lt;/td&gt;&lt;td&gt;乙方签约医生（签字）：&lt;br/&gt;&lt;br/&gt;日期：&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;br/&gt;&lt;table width='100%'&gt;&lt;tr&gt;&lt;td height='60'&gt;甲方（签字）：&lt;br/&gt;&lt;br/&gt;日期：&lt;/td&gt;&lt;td&gt;乙方签约医生（签字）：&lt;br/&gt;&lt;br/&gt;日期：&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;家庭医生签约指标&lt;/h1&gt;&lt;p&gt;%1　统计期间：%2 至 %3&lt;/p&gt;</source>
        <translation>&lt;h1&gt;家庭医生签约指标&lt;/h1&gt;&lt;p&gt;%1　统计期间：%2 至 %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table width='100%'&gt;&lt;tr&gt;&lt;th&gt;指标&lt;/th&gt;&lt;th&gt;分子&lt;/th&gt;&lt;th&gt;分母&lt;/th&gt;&lt;th&gt;比率&lt;/th&gt;&lt;th&gt;分母口径&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table width='100%'&gt;&lt;tr&gt;&lt;th&gt;指标&lt;/th&gt;&lt;th&gt;分子&lt;/th&gt;&lt;th&gt;分母&lt;/th&gt;&lt;th&gt;比率&lt;/th&gt;&lt;th&gt;分母口径&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>签约率</source>
        <translation>签约率</translation>
    </message>
    <message>
        <source>所选范围内在册居民（期间内任一天有有效签约即计为已签约）</source>
        <translation>所选范围内在册居民（期间内任一天有有效签约即计为已签约）</translation>
    </message>
    <message>
        <source>重点人群签约率</source>
        <translation>重点人群签约率</translation>
    </message>
    <message>
        <source>期末属于任一重点人群的居民（不是全部签约居民）</source>
        <translation>期末属于任一重点人群的居民（不是全部签约居民）</translation>
    </message>
    <message>
        <source>期末属于该类人群的居民</source>
        <translation>期末属于该类人群的居民</translation>
    </message>
    <message>
        <source>续约率</source>
        <translation>续约率</translation>
    </message>
    <message>
        <source>期间内到期且未提前解约的协议</source>
        <translation>期间内到期且未提前解约的协议</translation>
    </message>
    <message>
        <source>服务任务完成率</source>
        <translation>服务任务完成率</translation>
    </message>
    <message>
        <source>期间内到期的服务任务（不含已取消）</source>
        <translation>期间内到期的服务任务（不含已取消）</translation>
    </message>
    <message>
        <source>履约完成的协议</source>
        <translation>履约完成的协议</translation>
    </message>
    <message>
        <source>期间内有到期任务的协议</source>
        <translation>期间内有到期任务的协议</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
</context>
<context>
    <name>Gui::ContractIndicatorsWidget</name>
    <message>
        <source>全部村（居委会）</source>
        <translation>全部村（居委会）</translation>
    </message>
    <message>
        <source>全部团队</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>统计(&amp;Q)</source>
        <translation>统计(&amp;Q)</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>存为PDF…</source>
        <translation>存为PDF…</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>签约指标.pdf</source>
        <translation>签约指标.pdf</translation>
    </message>
    <message>
        <source>&lt;p&gt;选择期间、村或团队后按“统计”。&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择期间、村或团队后按“统计”。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gui::ContractTaskDialog</name>
    <message>
        <source>完成签约服务</source>
        <translation>完成签约服务</translation>
    </message>
    <message>
        <source>找不到该签约服务任务</source>
        <translation>找不到该签约服务任务</translation>
    </message>
    <message>
        <source>%1（应于 %2）</source>
        <translation>%1（应于 %2）</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>完成日期(&amp;D)</source>
        <translation>完成日期(&amp;D)</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>该日没有有效的签约合同或该服务已全部完成</source>
        <translation>该日没有有效的签约合同或该服务已全部完成</translation>
    </message>
</context>
<context>
    <name>Gui::ContractsPage</name>
    <message>
        <source>居民签约</source>
        <translation>居民签约</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>服务包</source>
        <translation>服务包</translation>
    </message>
</context>
<context>
    <name>Gui::CoverageDialog</name>
    <message>
        <source>接种率统计</source>
        <translation>接种率统计</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>统计 (F5)</source>
        <translation>统计 (F5)</translation>
    </message>
    <message>
        <source>村</source>
        <translation>村</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>有逾期剂次的儿童（Enter 打开接种卡）</source>
        <translation>有逾期剂次的儿童（Enter 打开接种卡）</translation>
    </message>
    <message>
        <source>统计期结束不能早于开始</source>
        <translation>统计期结束不能早于开始</translation>
    </message>
    <message>
        <source>0-6岁儿童 %1 名；建证 %2 名，建证率 %3%；有逾期剂次的儿童 %4 名</source>
        <translation>0-6岁儿童 %1 名；建证 %2 名，建证率 %3%；有逾期剂次的儿童 %4 名</translation>
    </message>
</context>
<context>
    <name>Gui::DashboardWidget</name>
    <message>
        <source>统计 (F5)</source>
        <translation>统计 (F5)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>预防接种</translation>
    </message>
    <message>
        <source>差 88888 人</source>
        <translation>差 88888 人</translation>
    </message>
    <message>
        <source>△ 接近目标</source>
        <translation>△ 接近目标</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>工作指标</source>
        <translation>工作指标</translation>
    </message>
    <message>
        <source>打印日期</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>%1 — %2：尚未达到的居民</source>
        <translation>%1 — %2：尚未达到的居民</translation>
    </message>
    <message>
        <source>分母中尚未计入分子的居民。分母：%1
分子：%2</source>
        <translation>分母中尚未计入分子的居民。分母：%1
分子：%2</translation>
    </message>
    <message>
        <source>已取消；表中仍是上次的结果。</source>
        <translation>已取消；表中仍是上次的结果。</translation>
    </message>
    <message>
        <source>月</source>
        <translation>月</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>年初至今</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>村</source>
        <translation>村</translation>
    </message>
    <message>
        <source>签约团队</source>
        <translation>签约团队</translation>
    </message>
    <message>
        <source>医生</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>第%1季度</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>我负责的全部村</source>
        <translation>我负责的全部村</translation>
    </message>
    <message>
        <source>（没有可选的项）</source>
        <translation>（没有可选的项）</translation>
    </message>
    <message>
        <source>统计期间不正确：开始日期应不晚于结束日期</source>
        <translation>统计期间不正确：开始日期应不晚于结束日期</translation>
    </message>
    <message>
        <source>请选择统计范围</source>
        <translation>请选择统计范围</translation>
    </message>
    <message>
        <source>正在统计 %1，%2…</source>
        <translation>正在统计 %1，%2…</translation>
    </message>
    <message>
        <source>%1，%2：%3 项指标（%4 毫秒）。点击或按 Enter 打开数字背后的居民名单。</source>
        <translation>%1，%2：%3 项指标（%4 毫秒）。点击或按 Enter 打开数字背后的居民名单。</translation>
    </message>
    <message>
        <source>%1：%2年各月（年初至月末）</source>
        <translation>%1：%2年各月（年初至月末）</translation>
    </message>
    <message>
        <source>目标 %1%</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>未设目标</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2（%3 / %4）　%5　&lt;span style='color:%6'&gt;%7&lt;/span&gt;&lt;br/&gt;分子：%8&lt;br/&gt;分母：%9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;　%2（%3 / %4）　%5　&lt;span style='color:%6'&gt;%7&lt;/span&gt;&lt;br/&gt;分子：%8&lt;br/&gt;分母：%9</translation>
    </message>
    <message>
        <source>来源：%1
目标来源：%2</source>
        <translation>来源：%1
目标来源：%2</translation>
    </message>
    <message>
        <source>%1：各村比较</source>
        <translation>%1：各村比较</translation>
    </message>
    <message>
        <source>正在计算 %1 的月度趋势…</source>
        <translation>正在计算 %1 的月度趋势…</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>尚未达到</source>
        <translation>尚未达到</translation>
    </message>
    <message>
        <source>%1 — %2的居民</source>
        <translation>%1 — %2的居民</translation>
    </message>
    <message>
        <source>分子：%1</source>
        <translation>分子：%1</translation>
    </message>
    <message>
        <source>分母：%1</source>
        <translation>分母：%1</translation>
    </message>
    <message>
        <source>
本期分母 %1 来自设置或估算，名单列出登记在册的相应居民。</source>
        <translation>
本期分母 %1 来自设置或估算，名单列出登记在册的相应居民。</translation>
    </message>
    <message>
        <source>分母中尚未计入分子的居民（谁还需要这项服务）。
分母：%1
分子：%2</source>
        <translation>分母中尚未计入分子的居民（谁还需要这项服务）。
分母：%1
分子：%2</translation>
    </message>
</context>
<context>
    <name>Gui::DuplicatesDialog</name>
    <message>
        <source>重复档案</source>
        <translation>重复档案</translation>
    </message>
    <message>
        <source>不是同一人 (Ctrl+D)</source>
        <translation>不是同一人 (Ctrl+D)</translation>
    </message>
    <message>
        <source>撤销上次合并 (Ctrl+Z)</source>
        <translation>撤销上次合并 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>重新查找 (F5)</source>
        <translation>重新查找 (F5)</translation>
    </message>
    <message>
        <source>合并时，两份档案的全部记录（接诊、体检、随访、接种、签约……）都归到保留的档案下；被并入的档案作废但不删除，可以撤销。</source>
        <translation>合并时，两份档案的全部记录（接诊、体检、随访、接种、签约……）都归到保留的档案下；被并入的档案作废但不删除，可以撤销。</translation>
    </message>
    <message>
        <source>分数</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>左：姓名</source>
        <translation>左：姓名</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>右：姓名</source>
        <translation>右：姓名</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 对可能重复的档案</source>
        <translation><numerusform>找到 %n 对可能重复的档案</numerusform></translation>
    </message>
    <message>
        <source>已合并，移过来 %1 条记录。可按 Ctrl+Z 撤销。</source>
        <translation>已合并，移过来 %1 条记录。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>没有可撤销的合并</source>
        <translation>没有可撤销的合并</translation>
    </message>
    <message>
        <source>已撤销上次合并</source>
        <translation>已撤销上次合并</translation>
    </message>
    <message>
        <source>合并，保留左侧 (Alt+1)</source>
        <translation>合并，保留左侧 (Alt+1)</translation>
    </message>
    <message>
        <source>合并，保留右侧 (Alt+2)</source>
        <translation>合并，保留右侧 (Alt+2)</translation>
    </message>
</context>
<context>
    <name>Gui::ElderlyActions</name>
    <message>
        <source>老年人健康管理（年度服务）</source>
        <translation>老年人健康管理（年度服务）</translation>
    </message>
    <message>
        <source>打印老年人生活自理能力评估表</source>
        <translation>打印老年人生活自理能力评估表</translation>
    </message>
</context>
<context>
    <name>Gui::ElderlyServiceDialog</name>
    <message>
        <source>（未做）</source>
        <translation>（未做）</translation>
    </message>
    <message>
        <source>老年人健康管理（年度服务）</source>
        <translation>老年人健康管理（年度服务）</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>老年人生活自理能力评估表</source>
        <translation>老年人生活自理能力评估表</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>%1（%2分）：%3</source>
        <translation>%1（%2分）：%3</translation>
    </message>
    <message>
        <source>总评分</source>
        <translation>总评分</translation>
    </message>
    <message>
        <source>健康状态与认知、情感</source>
        <translation>健康状态与认知、情感</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>说不清楚</source>
        <translation>说不清楚</translation>
    </message>
    <message>
        <source>不太满意</source>
        <translation>不太满意</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>健康状态自我评估</source>
        <translation>健康状态自我评估</translation>
    </message>
    <message>
        <source>粗筛阴性</source>
        <translation>粗筛阴性</translation>
    </message>
    <message>
        <source>粗筛阳性（任一次未能复述三个词）</source>
        <translation>粗筛阳性（任一次未能复述三个词）</translation>
    </message>
    <message>
        <source>认知功能（三个词，即刻及1分钟后复述）</source>
        <translation>认知功能（三个词，即刻及1分钟后复述）</translation>
    </message>
    <message>
        <source>未查</source>
        <translation>未查</translation>
    </message>
    <message>
        <source>简易智力状态检查（MMSE）总分</source>
        <translation>简易智力状态检查（MMSE）总分</translation>
    </message>
    <message>
        <source>粗筛阳性（回答“是”或“我想不是十分好”）</source>
        <translation>粗筛阳性（回答“是”或“我想不是十分好”）</translation>
    </message>
    <message>
        <source>情感状态（你经常感到伤心或抑郁吗）</source>
        <translation>情感状态（你经常感到伤心或抑郁吗）</translation>
    </message>
    <message>
        <source>老年抑郁量表（GDS）评分</source>
        <translation>老年抑郁量表（GDS）评分</translation>
    </message>
    <message>
        <source>1 健康状况评估</source>
        <translation>1 健康状况评估</translation>
    </message>
    <message>
        <source>本次服务的健康体检表</source>
        <translation>本次服务的健康体检表</translation>
    </message>
    <message>
        <source>填写新的健康体检表…</source>
        <translation>填写新的健康体检表…</translation>
    </message>
    <message>
        <source>体检发现</source>
        <translation>体检发现</translation>
    </message>
    <message>
        <source>登记慢病患者健康管理…</source>
        <translation>登记慢病患者健康管理…</translation>
    </message>
    <message>
        <source>2 体格检查和辅助检查</source>
        <translation>2 体格检查和辅助检查</translation>
    </message>
    <message>
        <source>下次服务日期</source>
        <translation>下次服务日期</translation>
    </message>
    <message>
        <source>3 健康指导</source>
        <translation>3 健康指导</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>（尚无）</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>%1 健康体检表</source>
        <translation>%1 健康体检表</translation>
    </message>
    <message>
        <source>%1 分：%2</source>
        <translation>%1 分：%2</translation>
    </message>
    <message>
        <source>五项评完后计算</source>
        <translation>五项评完后计算</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg，达到高血压标准，请确诊后纳入管理</source>
        <translation>血压 %1/%2 mmHg，达到高血压标准，请确诊后纳入管理</translation>
    </message>
    <message>
        <source>空腹血糖 %1 mmol/L，达到糖尿病标准，请确诊后纳入管理</source>
        <translation>空腹血糖 %1 mmol/L，达到糖尿病标准，请确诊后纳入管理</translation>
    </message>
    <message>
        <source>无需纳入慢病管理的发现</source>
        <translation>无需纳入慢病管理的发现</translation>
    </message>
    <message>
        <source>本年度服务完整：记录、体检、指导和评估表都已齐全。</source>
        <translation>本年度服务完整：记录、体检、指导和评估表都已齐全。</translation>
    </message>
    <message>
        <source>本年度服务尚缺：%1</source>
        <translation>本年度服务尚缺：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Gui::ElderlyTcmPrinter</name>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>老年人中医药健康管理服务记录表</source>
        <translation>老年人中医药健康管理服务记录表</translation>
    </message>
    <message>
        <source>请根据近一年的体验和感觉，回答以下问题。</source>
        <translation>请根据近一年的体验和感觉，回答以下问题。</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>体质类型</source>
        <translation>体质类型</translation>
    </message>
    <message>
        <source>体质辨识</source>
        <translation>体质辨识</translation>
    </message>
    <message>
        <source>1.得分 %1</source>
        <translation>1.得分 %1</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>基本是</source>
        <translation>基本是</translation>
    </message>
    <message>
        <source>倾向是</source>
        <translation>倾向是</translation>
    </message>
    <message>
        <source>中医药保健指导</source>
        <translation>中医药保健指导</translation>
    </message>
    <message>
        <source>填表日期</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>医生签名</source>
        <translation>医生签名</translation>
    </message>
    <message>
        <source>老年人生活自理能力评估表</source>
        <translation>老年人生活自理能力评估表</translation>
    </message>
    <message>
        <source>该表为自评表，根据下表中5个方面进行评估，将各方面判断评分汇总后，0～3分者为可自理；4～8分者为轻度依赖；9～18分者为中度依赖；≥19分者为不能自理。</source>
        <translation>该表为自评表，根据下表中5个方面进行评估，将各方面判断评分汇总后，0～3分者为可自理；4～8分者为轻度依赖；9～18分者为中度依赖；≥19分者为不能自理。</translation>
    </message>
    <message>
        <source>评估事项、内容与评分</source>
        <translation>评估事项、内容与评分</translation>
    </message>
    <message>
        <source>判断评分</source>
        <translation>判断评分</translation>
    </message>
    <message>
        <source>%1分</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>总评分</source>
        <translation>总评分</translation>
    </message>
    <message>
        <source>（未评完）</source>
        <translation>（未评完）</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>评估日期</translation>
    </message>
</context>
<context>
    <name>Gui::EncounterDialog</name>
    <message>
        <source>接诊记录</source>
        <translation>接诊记录</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>门诊</translation>
    </message>
    <message>
        <source>出诊</source>
        <translation>出诊</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>每行一种药：药名 规格 用法 用量 天数</source>
        <translation>每行一种药：药名 规格 用法 用量 天数</translation>
    </message>
    <message>
        <source>Delete 键删除选中的诊断</source>
        <translation>Delete 键删除选中的诊断</translation>
    </message>
    <message>
        <source>接诊日期/方式</source>
        <translation>接诊日期/方式</translation>
    </message>
    <message>
        <source>主诉与现病史（S）</source>
        <translation>主诉与现病史（S）</translation>
    </message>
    <message>
        <source>查体与检查（O）</source>
        <translation>查体与检查（O）</translation>
    </message>
    <message>
        <source>评估（A）</source>
        <translation>评估（A）</translation>
    </message>
    <message>
        <source>诊断（ICD-10）</source>
        <translation>诊断（ICD-10）</translation>
    </message>
    <message>
        <source>已选诊断</source>
        <translation>已选诊断</translation>
    </message>
    <message>
        <source>处置计划（P）</source>
        <translation>处置计划（P）</translation>
    </message>
    <message>
        <source>处方</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>转诊至</source>
        <translation>转诊至</translation>
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
        <source>更正接诊记录</source>
        <translation>更正接诊记录</translation>
    </message>
    <message>
        <source>更正：保存后将作为新版本记录，原记录保留可查。</source>
        <translation>更正：保存后将作为新版本记录，原记录保留可查。</translation>
    </message>
    <message>
        <source>诊断：输入编码、名称或拼音首字母（如 I10、高血压、gxy），↑↓ 选择，回车添加</source>
        <translation>诊断：输入编码、名称或拼音首字母（如 I10、高血压、gxy），↑↓ 选择，回车添加</translation>
    </message>
    <message>
        <source>生命体征</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <source>保存接诊记录</source>
        <translation>保存接诊记录</translation>
    </message>
    <message>
        <source>主诉（S）、查体（O）和评估（A）都是空的。仍要保存吗？</source>
        <translation>主诉（S）、查体（O）和评估（A）都是空的。仍要保存吗？</translation>
    </message>
    <message>
        <source>仍然保存</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>返回填写</source>
        <translation>返回填写</translation>
    </message>
    <message>
        <source>确认生命体征</source>
        <translation>确认生命体征</translation>
    </message>
    <message>
        <source>以下数值超出常见范围，请核对：
%1
确认无误并保存吗？</source>
        <translation>以下数值超出常见范围，请核对：
%1
确认无误并保存吗？</translation>
    </message>
    <message>
        <source>确认并保存</source>
        <translation>确认并保存</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>Gui::EntryCorrection</name>
    <message>
        <source>更正</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>只有接诊记录和健康体检可以在这里更正。</source>
        <translation>只有接诊记录和健康体检可以在这里更正。</translation>
    </message>
</context>
<context>
    <name>Gui::ExportButtons</name>
    <message>
        <source>打印预览 - %1</source>
        <translation>打印预览 - %1</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>CSV 文件（Excel 可打开）(*.csv)</source>
        <translation>CSV 文件（Excel 可打开）(*.csv)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Gui::FollowupDialog</name>
    <message>
        <source>随访</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>门诊</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>随访日期(&amp;D)</source>
        <translation>随访日期(&amp;D)</translation>
    </message>
    <message>
        <source>随访方式(&amp;M)</source>
        <translation>随访方式(&amp;M)</translation>
    </message>
    <message>
        <source>症状（空格勾选）</source>
        <translation>症状（空格勾选）</translation>
    </message>
    <message>
        <source>其他症状</source>
        <translation>其他症状</translation>
    </message>
    <message>
        <source>体征</source>
        <translation>体征</translation>
    </message>
    <message>
        <source>血压(&amp;B) mmHg</source>
        <translation>血压(&amp;B) mmHg</translation>
    </message>
    <message>
        <source>心率 次/分</source>
        <translation>心率 次/分</translation>
    </message>
    <message>
        <source>体重 kg（目前/目标）</source>
        <translation>体重 kg（目前/目标）</translation>
    </message>
    <message>
        <source>身高 cm</source>
        <translation>身高 cm</translation>
    </message>
    <message>
        <source>BMI（目前/目标）</source>
        <translation>BMI（目前/目标）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>触及正常</source>
        <translation>触及正常</translation>
    </message>
    <message>
        <source>减弱（双侧）</source>
        <translation>减弱（双侧）</translation>
    </message>
    <message>
        <source>减弱（左侧）</source>
        <translation>减弱（左侧）</translation>
    </message>
    <message>
        <source>减弱（右侧）</source>
        <translation>减弱（右侧）</translation>
    </message>
    <message>
        <source>消失（双侧）</source>
        <translation>消失（双侧）</translation>
    </message>
    <message>
        <source>消失（左侧）</source>
        <translation>消失（左侧）</translation>
    </message>
    <message>
        <source>消失（右侧）</source>
        <translation>消失（右侧）</translation>
    </message>
    <message>
        <source>足背动脉搏动</source>
        <translation>足背动脉搏动</translation>
    </message>
    <message>
        <source>其他体征</source>
        <translation>其他体征</translation>
    </message>
    <message>
        <source>生活方式指导（目前/目标）</source>
        <translation>生活方式指导（目前/目标）</translation>
    </message>
    <message>
        <source>日吸烟量 支</source>
        <translation>日吸烟量 支</translation>
    </message>
    <message>
        <source>日饮酒量 两</source>
        <translation>日饮酒量 两</translation>
    </message>
    <message>
        <source>运动 次/周, 分/次</source>
        <translation>运动 次/周, 分/次</translation>
    </message>
    <message>
        <source>轻</source>
        <translation>轻</translation>
    </message>
    <message>
        <source>中</source>
        <translation>中</translation>
    </message>
    <message>
        <source>重</source>
        <translation>重</translation>
    </message>
    <message>
        <source>主食 克/天</source>
        <translation>主食 克/天</translation>
    </message>
    <message>
        <source>摄盐情况</source>
        <translation>摄盐情况</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>差</source>
        <translation>差</translation>
    </message>
    <message>
        <source>心理调整</source>
        <translation>心理调整</translation>
    </message>
    <message>
        <source>遵医行为</source>
        <translation>遵医行为</translation>
    </message>
    <message>
        <source>辅助检查与用药</source>
        <translation>辅助检查与用药</translation>
    </message>
    <message>
        <source>空腹血糖(&amp;G) mmol/L</source>
        <translation>空腹血糖(&amp;G) mmol/L</translation>
    </message>
    <message>
        <source>糖化血红蛋白 %，检查日期</source>
        <translation>糖化血红蛋白 %，检查日期</translation>
    </message>
    <message>
        <source>其他检查</source>
        <translation>其他检查</translation>
    </message>
    <message>
        <source>规律</source>
        <translation>规律</translation>
    </message>
    <message>
        <source>间断</source>
        <translation>间断</translation>
    </message>
    <message>
        <source>不服药</source>
        <translation>不服药</translation>
    </message>
    <message>
        <source>服药依从性</source>
        <translation>服药依从性</translation>
    </message>
    <message>
        <source>有药物不良反应</source>
        <translation>有药物不良反应</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>偶尔</source>
        <translation>偶尔</translation>
    </message>
    <message>
        <source>频繁</source>
        <translation>频繁</translation>
    </message>
    <message>
        <source>低血糖反应</source>
        <translation>低血糖反应</translation>
    </message>
    <message>
        <source>新发或加重的并发症</source>
        <translation>新发或加重的并发症</translation>
    </message>
    <message>
        <source>药名</source>
        <translation>药名</translation>
    </message>
    <message>
        <source>次/日</source>
        <translation>次/日</translation>
    </message>
    <message>
        <source>每次剂量</source>
        <translation>每次剂量</translation>
    </message>
    <message>
        <source>用药情况</source>
        <translation>用药情况</translation>
    </message>
    <message>
        <source>种类、用法和用量</source>
        <translation>种类、用法和用量</translation>
    </message>
    <message>
        <source>胰岛素</source>
        <translation>胰岛素</translation>
    </message>
    <message>
        <source>机构及科别</source>
        <translation>机构及科别</translation>
    </message>
    <message>
        <source>转诊原因</source>
        <translation>转诊原因</translation>
    </message>
    <message>
        <source>转诊至</source>
        <translation>转诊至</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2&lt;br&gt;诊断 %3（%4）</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;　%2&lt;br&gt;诊断 %3（%4）</translation>
    </message>
    <message>
        <source>此次随访分类</source>
        <translation>此次随访分类</translation>
    </message>
    <message>
        <source>下次随访(&amp;N)</source>
        <translation>下次随访(&amp;N)</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>目标 %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>⚠ 危急情况：请紧急处置并转诊，2周内随访转诊结果</source>
        <translation>⚠ 危急情况：请紧急处置并转诊，2周内随访转诊结果</translation>
    </message>
    <message>
        <source>建议转诊：请填写转诊原因和机构</source>
        <translation>建议转诊：请填写转诊原因和机构</translation>
    </message>
    <message>
        <source>%1随访</source>
        <translation>%1随访</translation>
    </message>
    <message>
        <source>随访医生(&amp;Y)</source>
        <translation>随访医生(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>Gui::FormGuard</name>
    <message>
        <source>恢复草稿？</source>
        <translation>恢复草稿？</translation>
    </message>
    <message>
        <source>上次未保存的内容已留作草稿。恢复草稿继续填写吗？</source>
        <translation>上次未保存的内容已留作草稿。恢复草稿继续填写吗？</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <source>丢弃草稿</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <source>放弃填写？</source>
        <translation>放弃填写？</translation>
    </message>
    <message>
        <source>表单中已填写的内容尚未保存。放弃这些内容吗？</source>
        <translation>表单中已填写的内容尚未保存。放弃这些内容吗？</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>Gui::GrowthChart</name>
    <message>
        <source>年龄别体重</source>
        <translation>年龄别体重</translation>
    </message>
    <message>
        <source>年龄别身长/身高</source>
        <translation>年龄别身长/身高</translation>
    </message>
    <message>
        <source>年龄别头围</source>
        <translation>年龄别头围</translation>
    </message>
    <message>
        <source>年龄别BMI</source>
        <translation>年龄别BMI</translation>
    </message>
    <message>
        <source>指标(&amp;I)</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>%1 %2（WHO 2006 儿童生长标准）</source>
        <translation>%1 %2（WHO 2006 儿童生长标准）</translation>
    </message>
    <message>
        <source>中位数</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>本儿童</source>
        <translation>本儿童</translation>
    </message>
    <message>
        <source>月龄</source>
        <translation>月龄</translation>
    </message>
    <message>
        <source>体重 kg</source>
        <translation>体重 kg</translation>
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
        <translation>儿童生长曲线 — %1  %2  出生日期 %3</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>参考标准：WHO 2006 儿童生长标准（LMS）；曲线为 −3 至 +3 SD</source>
        <translation>参考标准：WHO 2006 儿童生长标准（LMS）；曲线为 −3 至 +3 SD</translation>
    </message>
    <message>
        <source>儿童生长曲线</source>
        <translation>儿童生长曲线</translation>
    </message>
</context>
<context>
    <name>Gui::GuardianDialog</name>
    <message>
        <source>监护人 — %1</source>
        <translation>监护人 — %1</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>与儿童关系(&amp;R)</source>
        <translation>与儿童关系(&amp;R)</translation>
    </message>
    <message>
        <source>电话(&amp;P)</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>保存 (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <source>取消 (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>Gui::HealthFormDialog</name>
    <message>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>责任医生</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>体检日期</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>联系人电话</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
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
        <source>请确认</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>

确认无误并保存？</source>
        <translation>

确认无误并保存？</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>更正健康体检表</source>
        <translation>更正健康体检表</translation>
    </message>
    <message>
        <source>更正：保存后将作为新版本记录，原记录保留可查。</source>
        <translation>更正：保存后将作为新版本记录，原记录保留可查。</translation>
    </message>
</context>
<context>
    <name>Gui::ImmunizationPage</name>
    <message>
        <source>查找儿童：姓名、拼音、身份证号 (Ctrl+F)</source>
        <translation>查找儿童：姓名、拼音、身份证号 (Ctrl+F)</translation>
    </message>
    <message>
        <source>打印接种通知单</source>
        <translation>打印接种通知单</translation>
    </message>
    <message>
        <source>打印家长通知</source>
        <translation>打印家长通知</translation>
    </message>
    <message>
        <source>接种率…</source>
        <translation>接种率…</translation>
    </message>
    <message>
        <source>库存…</source>
        <translation>库存…</translation>
    </message>
    <message>
        <source>从左侧选择儿童，或在上方查找</source>
        <translation>从左侧选择儿童，或在上方查找</translation>
    </message>
    <message>
        <source>记录接种 (Enter)</source>
        <translation>记录接种 (Enter)</translation>
    </message>
    <message>
        <source>补录外单位/历史 (Ctrl+H)</source>
        <translation>补录外单位/历史 (Ctrl+H)</translation>
    </message>
    <message>
        <source>禁忌/拒种…</source>
        <translation>禁忌/拒种…</translation>
    </message>
    <message>
        <source>建证…</source>
        <translation>建证…</translation>
    </message>
    <message>
        <source>村(&amp;V)</source>
        <translation>村(&amp;V)</translation>
    </message>
    <message>
        <source>接种日期</source>
        <translation>接种日期</translation>
    </message>
    <message>
        <source>没有可选的村</source>
        <translation>没有可选的村</translation>
    </message>
    <message>
        <source>%1 %2：应种或逾期儿童 %3 名（其中有逾期剂次 %4 名）</source>
        <translation>%1 %2：应种或逾期儿童 %3 名（其中有逾期剂次 %4 名）</translation>
    </message>
    <message>
        <source>拒种：%1</source>
        <translation>拒种：%1</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1（%2 建）</source>
        <translation>%1（%2 建）</translation>
    </message>
    <message>
        <source>未建证</source>
        <translation>未建证</translation>
    </message>
    <message>
        <source>没有找到18岁以下的儿童：%1</source>
        <translation>没有找到18岁以下的儿童：%1</translation>
    </message>
    <message>
        <source>登记健康状况/禁忌</source>
        <translation>登记健康状况/禁忌</translation>
    </message>
    <message>
        <source>登记严重过敏（该疫苗禁忌）</source>
        <translation>登记严重过敏（该疫苗禁忌）</translation>
    </message>
    <message>
        <source>登记家长拒种</source>
        <translation>登记家长拒种</translation>
    </message>
    <message>
        <source>建证</source>
        <translation>建证</translation>
    </message>
    <message>
        <source>预防接种证编号：</source>
        <translation>预防接种证编号：</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>接种通知单-%1-%2.pdf</source>
        <translation>接种通知单-%1-%2.pdf</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>家长通知-%1-%2.pdf</source>
        <translation>家长通知-%1-%2.pdf</translation>
    </message>
    <message>
        <source>监护人…</source>
        <translation>监护人…</translation>
    </message>
    <message>
        <source>接种名单</source>
        <translation>接种名单</translation>
    </message>
    <message>
        <source>今日已接种</source>
        <translation>今日已接种</translation>
    </message>
    <message>
        <source>&lt;br&gt;监护人：&lt;span style='color:#b02020'&gt;未登记&lt;/span&gt;（监护人… 登记）</source>
        <translation>&lt;br&gt;监护人：&lt;span style='color:#b02020'&gt;未登记&lt;/span&gt;（监护人… 登记）</translation>
    </message>
    <message>
        <source>&lt;br&gt;监护人：%1</source>
        <translation>&lt;br&gt;监护人：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2　出生 %3（%4）　接种证：%5　程序：%6　应种 %7 剂，逾期 %8 剂%9%10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;　%2　出生 %3（%4）　接种证：%5　程序：%6　应种 %7 剂，逾期 %8 剂%9%10</translation>
    </message>
</context>
<context>
    <name>Gui::ImmunizationPrint</name>
    <message>
        <source>预防接种门诊接种通知单（%1）</source>
        <translation>预防接种门诊接种通知单（%1）</translation>
    </message>
    <message>
        <source>接种日期：%1　应种或逾期儿童：%2 名</source>
        <translation>接种日期：%1　应种或逾期儿童：%2 名</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>本次可种疫苗</source>
        <translation>本次可种疫苗</translation>
    </message>
    <message>
        <source>逾期剂次</source>
        <translation>逾期剂次</translation>
    </message>
    <message>
        <source>到场/签名</source>
        <translation>到场/签名</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>预防接种通知</source>
        <translation>预防接种通知</translation>
    </message>
    <message>
        <source>%1 家长：</source>
        <translation>%1 家长：</translation>
    </message>
    <message>
        <source>根据国家免疫规划程序，您的孩子（出生日期 %1）请于 %2 到 %3 预防接种点接种以下疫苗：</source>
        <translation>根据国家免疫规划程序，您的孩子（出生日期 %1）请于 %2 到 %3 预防接种点接种以下疫苗：</translation>
    </message>
    <message>
        <source>%1 第%2剂%3</source>
        <translation>%1 第%2剂%3</translation>
    </message>
    <message>
        <source>（已逾期，请尽快补种）</source>
        <translation>（已逾期，请尽快补种）</translation>
    </message>
    <message>
        <source>请携带预防接种证。孩子发热、腹泻或患急性疾病时，请告知接种医生。</source>
        <translation>请携带预防接种证。孩子发热、腹泻或患急性疾病时，请告知接种医生。</translation>
    </message>
    <message>
        <source>监护人/电话</source>
        <translation>监护人/电话</translation>
    </message>
    <message>
        <source>%1 的监护人 %2：</source>
        <translation>%1 的监护人 %2：</translation>
    </message>
</context>
<context>
    <name>Gui::ImportPage</name>
    <message>
        <source>居民名单（可选）</source>
        <translation>居民名单（可选）</translation>
    </message>
    <message>
        <source>已有居民名单时在这里选择。可以以后再导入。</source>
        <translation>已有居民名单时在这里选择。可以以后再导入。</translation>
    </message>
    <message>
        <source>不导入可留空</source>
        <translation>不导入可留空</translation>
    </message>
    <message>
        <source>居民名单文件(&amp;F)</source>
        <translation>居民名单文件(&amp;F)</translation>
    </message>
    <message>
        <source>浏览(&amp;O)…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>选择居民名单</source>
        <translation>选择居民名单</translation>
    </message>
    <message>
        <source>居民名单 (*.csv *.txt *.xlsx)</source>
        <translation>居民名单 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>CSV（UTF-8 或 GB18030）或 Excel .xlsx，第一行为表头，例如：姓名、性别、出生日期、身份证号、联系电话、现住址、村。机构建立后自动打开“导入居民名单”：核对列对照，试运行检查每一行，再导入。不选则以后在“居民档案 → 导入”中导入。</source>
        <translation>CSV（UTF-8 或 GB18030）或 Excel .xlsx，第一行为表头，例如：姓名、性别、出生日期、身份证号、联系电话、现住址、村。机构建立后自动打开“导入居民名单”：核对列对照，试运行检查每一行，再导入。不选则以后在“居民档案 → 导入”中导入。</translation>
    </message>
    <message>
        <source>%1：%2 行居民，%3 列（%4）</source>
        <translation>%1：%2 行居民，%3 列（%4）</translation>
    </message>
    <message>
        <source>没有认出“姓名”列：导入时请在“列对照”中指定。</source>
        <translation>没有认出“姓名”列：导入时请在“列对照”中指定。</translation>
    </message>
    <message>
        <source>名单中没有“村”列：导入时选一个村，所有居民都归入该村。</source>
        <translation>名单中没有“村”列：导入时选一个村，所有居民都归入该村。</translation>
    </message>
    <message>
        <source>“村”列（第 %1 列）中的村都在上一步填写的村中。</source>
        <translation>“村”列（第 %1 列）中的村都在上一步填写的村中。</translation>
    </message>
    <message>
        <source> 等</source>
        <translation> 等</translation>
    </message>
    <message>
        <source>“村”列中有 %1 个村名不在上一步填写的村中：%2。这 %3 行导入时会被拒绝；可回到“乡镇和村”补上这些村，或改正名单。</source>
        <translation>“村”列中有 %1 个村名不在上一步填写的村中：%2。这 %3 行导入时会被拒绝；可回到“乡镇和村”补上这些村，或改正名单。</translation>
    </message>
    <message>
        <source>居民名单文件</source>
        <translation>居民名单文件</translation>
    </message>
</context>
<context>
    <name>Gui::ImportWizard</name>
    <message>
        <source>导入居民名单</source>
        <translation>导入居民名单</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>CSV（UTF-8 或 GB18030，自动识别）或 Excel .xlsx（第一个工作表，第一行为表头）</source>
        <translation>CSV（UTF-8 或 GB18030，自动识别）或 Excel .xlsx（第一个工作表，第一行为表头）</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>选择居民名单</source>
        <translation>选择居民名单</translation>
    </message>
    <message>
        <source>居民名单 (*.csv *.txt *.xlsx)</source>
        <translation>居民名单 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>列对照</source>
        <translation>列对照</translation>
    </message>
    <message>
        <source>每一列对应居民信息的哪一项；已按表头自动识别，可修改。下方预览前 %1 行。</source>
        <translation>每一列对应居民信息的哪一项；已按表头自动识别，可修改。下方预览前 %1 行。</translation>
    </message>
    <message>
        <source>（按文件中的“村”列）</source>
        <translation>（按文件中的“村”列）</translation>
    </message>
    <message>
        <source>没有“村”列或为空时归入：</source>
        <translation>没有“村”列或为空时归入：</translation>
    </message>
    <message>
        <source>试运行</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>检查每一行，不写入数据库。有错误的行不会导入；可以先改正文件再回来。</source>
        <translation>检查每一行，不写入数据库。有错误的行不会导入；可以先改正文件再回来。</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>取消导入</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>保存报告…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1：%2 列，%3 行数据（%4）</source>
        <translation>%1：%2 列，%3 行数据（%4）</translation>
    </message>
    <message>
        <source>第 %1 列“%2”</source>
        <translation>第 %1 列“%2”</translation>
    </message>
    <message>
        <source>请指定哪一列是姓名</source>
        <translation>请指定哪一列是姓名</translation>
    </message>
    <message>
        <source>保存导入报告</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>-导入报告.txt</source>
        <translation>-导入报告.txt</translation>
    </message>
    <message>
        <source>文本 (*.txt);;JSON (*.json)</source>
        <translation>文本 (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>报告已保存：%1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <source>正确的行按批写入（每批两万行，一个事务）；取消时已完成的批次保留，进行中的这一批撤销。</source>
        <translation>正确的行按批写入（每批两万行，一个事务）；取消时已完成的批次保留，进行中的这一批撤销。</translation>
    </message>
    <message>
        <source>停止检查</source>
        <translation>停止检查</translation>
    </message>
    <message>
        <source>检查已停止：已检查 %1 行，共 %2 行。要导入，请点“上一步”再点“下一步”重新检查。</source>
        <translation>检查已停止：已检查 %1 行，共 %2 行。要导入，请点“上一步”再点“下一步”重新检查。</translation>
    </message>
</context>
<context>
    <name>Gui::IndicatorResidentsDialog</name>
    <message>
        <source>没有居民。</source>
        <translation>没有居民。</translation>
    </message>
    <message>
        <source>共 %1 人。↑↓ 选择，Enter 打开居民档案，Esc 关闭。</source>
        <translation>共 %1 人。↑↓ 选择，Enter 打开居民档案，Esc 关闭。</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Gui::IndicatorTrendChart</name>
    <message>
        <source>月度趋势</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <source>年初至月末</source>
        <translation>年初至月末</translation>
    </message>
    <message>
        <source>目标 %1%</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>1月</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>12月</translation>
    </message>
</context>
<context>
    <name>Gui::IndicatorsDialog</name>
    <message>
        <source>慢病管理指标</source>
        <translation>慢病管理指标</translation>
    </message>
    <message>
        <source>全部村（居委会）</source>
        <translation>全部村（居委会）</translation>
    </message>
    <message>
        <source>全部医生</source>
        <translation>全部医生</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>比率</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>定义</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>分子名单(&amp;N)</source>
        <translation>分子名单(&amp;N)</translation>
    </message>
    <message>
        <source>分母名单(&amp;D)</source>
        <translation>分母名单(&amp;D)</translation>
    </message>
    <message>
        <source>规则集：%1</source>
        <translation>规则集：%1</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>共 %1 人</source>
        <translation>共 %1 人</translation>
    </message>
</context>
<context>
    <name>Gui::LifeEventDialog</name>
    <message>
        <source>死亡日期(&amp;D)</source>
        <translation>死亡日期(&amp;D)</translation>
    </message>
    <message>
        <source>迁出日期(&amp;D)</source>
        <translation>迁出日期(&amp;D)</translation>
    </message>
    <message>
        <source>注销日期(&amp;D)</source>
        <translation>注销日期(&amp;D)</translation>
    </message>
    <message>
        <source>迁入日期(&amp;D)</source>
        <translation>迁入日期(&amp;D)</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>死亡原因(&amp;R)</source>
        <translation>死亡原因(&amp;R)</translation>
    </message>
    <message>
        <source>迁往何处(&amp;R)</source>
        <translation>迁往何处(&amp;R)</translation>
    </message>
    <message>
        <source>注销原因(&amp;R)</source>
        <translation>注销原因(&amp;R)</translation>
    </message>
    <message>
        <source>从何处迁入(&amp;R)</source>
        <translation>从何处迁入(&amp;R)</translation>
    </message>
    <message>
        <source>恢复原因(&amp;R)</source>
        <translation>恢复原因(&amp;R)</translation>
    </message>
    <message>
        <source>如：脑卒中、恶性肿瘤、意外（据死亡医学证明）</source>
        <translation>如：脑卒中、恶性肿瘤、意外（据死亡医学证明）</translation>
    </message>
    <message>
        <source>迁往的省市县、乡镇或接收机构</source>
        <translation>迁往的省市县、乡镇或接收机构</translation>
    </message>
    <message>
        <source>如：重复建档、身份信息错误、本人要求</source>
        <translation>如：重复建档、身份信息错误、本人要求</translation>
    </message>
    <message>
        <source>原管理机构，如：某县某镇卫生院</source>
        <translation>原管理机构，如：某县某镇卫生院</translation>
    </message>
    <message>
        <source>如：误登记死亡、已迁回本辖区</source>
        <translation>如：误登记死亡、已迁回本辖区</translation>
    </message>
    <message numerus="yes">
        <source>终止 %n 份签约</source>
        <translation><numerusform>终止 %n 份签约</numerusform></translation>
    </message>
    <message>
        <source>关闭 %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>档案状态</source>
        <translation>档案状态</translation>
    </message>
    <message>
        <source>迁入登记</source>
        <translation>迁入登记</translation>
    </message>
    <message>
        <source>撤销（恢复档案）</source>
        <translation>撤销（恢复档案）</translation>
    </message>
    <message>
        <source>事项(&amp;K)</source>
        <translation>事项(&amp;K)</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>登记 (Ctrl+S)</source>
        <translation>登记 (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>该居民的档案在管，无需恢复。</source>
        <translation>该居民的档案在管，无需恢复。</translation>
    </message>
    <message>
        <source>恢复在管（当前：%1）。此前终止的签约和管理登记仍为终止，需要时重新签约、登记。</source>
        <translation>恢复在管（当前：%1）。此前终止的签约和管理登记仍为终止，需要时重新签约、登记。</translation>
    </message>
    <message>
        <source>迁回本辖区：档案恢复在管。迁出时终止的签约和管理登记仍为终止，需要时重新签约、登记。</source>
        <translation>迁回本辖区：档案恢复在管。迁出时终止的签约和管理登记仍为终止，需要时重新签约、登记。</translation>
    </message>
    <message>
        <source>登记从其他机构迁入，档案保持在管。</source>
        <translation>登记从其他机构迁入，档案保持在管。</translation>
    </message>
    <message>
        <source>该居民没有在期的签约和慢病管理登记。</source>
        <translation>该居民没有在期的签约和慢病管理登记。</translation>
    </message>
    <message>
        <source>将%1。</source>
        <translation>将%1。</translation>
    </message>
    <message>
        <source>自 %1 起该居民不再出现在任何工作清单和统计分母中；已有记录全部保留。</source>
        <translation>自 %1 起该居民不再出现在任何工作清单和统计分母中；已有记录全部保留。</translation>
    </message>
    <message>
        <source>恢复档案</source>
        <translation>恢复档案</translation>
    </message>
    <message>
        <source>为 %1 办理“%2”？</source>
        <translation>为 %1 办理“%2”？</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>此后该居民不在任何工作清单和统计中，记录全部保留；如登记有误，可由管理员撤销。</source>
        <translation>此后该居民不在任何工作清单和统计中，记录全部保留；如登记有误，可由管理员撤销。</translation>
    </message>
    <message>
        <source>此前终止的签约和管理登记不会恢复。</source>
        <translation>此前终止的签约和管理登记不会恢复。</translation>
    </message>
    <message>
        <source>请填写恢复原因</source>
        <translation>请填写恢复原因</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>确认登记</source>
        <translation>确认登记</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>Gui::LoginDialog</name>
    <message>
        <source>家医 — 屏幕已锁定</source>
        <translation>家医 — 屏幕已锁定</translation>
    </message>
    <message>
        <source>家医 — 登录</source>
        <translation>家医 — 登录</translation>
    </message>
    <message>
        <source>屏幕已锁定，请输入密码解锁</source>
        <translation>屏幕已锁定，请输入密码解锁</translation>
    </message>
    <message>
        <source>家庭医生工作站</source>
        <translation>家庭医生工作站</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>切换用户(&amp;W)</source>
        <translation>切换用户(&amp;W)</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>使用恢复密钥(&amp;K)…</source>
        <translation>使用恢复密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>家医 — 登录（加密数据库）</source>
        <translation>家医 — 登录（加密数据库）</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>输入建库时打印的恢复密钥（40 个字符，可含减号）：</source>
        <translation>输入建库时打印的恢复密钥（40 个字符，可含减号）：</translation>
    </message>
    <message>
        <source>数据库已用恢复密钥解锁，请登录。忘记密码时，可用 jiayi-cli user passwd 加 --unlock-recovery-key-file 重置。</source>
        <translation>数据库已用恢复密钥解锁，请登录。忘记密码时，可用 jiayi-cli user passwd 加 --unlock-recovery-key-file 重置。</translation>
    </message>
</context>
<context>
    <name>Gui::LotsDialog</name>
    <message>
        <source>疫苗库存（批号）</source>
        <translation>疫苗库存（批号）</translation>
    </message>
    <message>
        <source>入库 (Enter)</source>
        <translation>入库 (Enter)</translation>
    </message>
    <message>
        <source>疫苗(&amp;V)</source>
        <translation>疫苗(&amp;V)</translation>
    </message>
    <message>
        <source>批号(&amp;L)</source>
        <translation>批号(&amp;L)</translation>
    </message>
    <message>
        <source>生产企业(&amp;M)</source>
        <translation>生产企业(&amp;M)</translation>
    </message>
    <message>
        <source>有效期至(&amp;E)</source>
        <translation>有效期至(&amp;E)</translation>
    </message>
    <message>
        <source> 剂</source>
        <translation> 剂</translation>
    </message>
    <message>
        <source>入库数量(&amp;Q)</source>
        <translation>入库数量(&amp;Q)</translation>
    </message>
    <message>
        <source>有 %1 个批号将在 %2 天内到期（已标黄），请优先使用</source>
        <translation>有 %1 个批号将在 %2 天内到期（已标黄），请优先使用</translation>
    </message>
    <message>
        <source>共 %1 个可用批号</source>
        <translation>共 %1 个可用批号</translation>
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
        <source>慢病随访</source>
        <translation>慢病随访</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>预防接种</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>数据同步</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>今日工作</source>
        <translation>今日工作</translation>
    </message>
</context>
<context>
    <name>Gui::MaternalActions</name>
    <message>
        <source>孕产妇建册</source>
        <translation>孕产妇建册</translation>
    </message>
    <message>
        <source>产前随访</source>
        <translation>产前随访</translation>
    </message>
    <message>
        <source>分娩登记</source>
        <translation>分娩登记</translation>
    </message>
    <message>
        <source>产后访视</source>
        <translation>产后访视</translation>
    </message>
    <message>
        <source>产后42天健康检查</source>
        <translation>产后42天健康检查</translation>
    </message>
    <message>
        <source>打印孕产妇健康管理记录</source>
        <translation>打印孕产妇健康管理记录</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>登记怀孕（待建册）</source>
        <translation>登记怀孕（待建册）</translation>
    </message>
    <message>
        <source>登记怀孕</source>
        <translation>登记怀孕</translation>
    </message>
    <message>
        <source>登记该居民自 %1 起怀孕？她将列入工作清单的“孕产妇建册”，直到建册（孕13周前）。</source>
        <translation>登记该居民自 %1 起怀孕？她将列入工作清单的“孕产妇建册”，直到建册（孕13周前）。</translation>
    </message>
    <message>
        <source>发现怀孕，待建册</source>
        <translation>发现怀孕，待建册</translation>
    </message>
</context>
<context>
    <name>Gui::MaternalVisitDialog</name>
    <message>
        <source>产前随访</source>
        <translation>产前随访</translation>
    </message>
    <message>
        <source>产后访视</source>
        <translation>产后访视</translation>
    </message>
    <message>
        <source>产后42天健康检查</source>
        <translation>产后42天健康检查</translation>
    </message>
    <message>
        <source>该居民没有未结案的孕产期记录，请先建册</source>
        <translation>该居民没有未结案的孕产期记录，请先建册</translation>
    </message>
    <message>
        <source>只记录督促日期（本机构无助产资质）</source>
        <translation>只记录督促日期（本机构无助产资质）</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>未恢复</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>转诊</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>未见异常</source>
        <translation>未见异常</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>主诉</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>一般健康、心理状况；乳房、恶露、子宫、伤口</source>
        <translation>一般健康、心理状况；乳房、恶露、子宫、伤口</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>收缩压</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>舒张压</translation>
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
        <translation>次/分</translation>
    </message>
    <message>
        <source>指导</source>
        <translation>指导</translation>
    </message>
    <message>
        <source>转诊原因、机构及科室，无则不填</source>
        <translation>转诊原因、机构及科室，无则不填</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>随访日期(&amp;D)</source>
        <translation>随访日期(&amp;D)</translation>
    </message>
    <message>
        <source>孕周</source>
        <translation>孕周</translation>
    </message>
    <message>
        <source>第几次(&amp;N)</source>
        <translation>第几次(&amp;N)</translation>
    </message>
    <message>
        <source>主诉(&amp;C)</source>
        <translation>主诉(&amp;C)</translation>
    </message>
    <message>
        <source>情况(&amp;C)</source>
        <translation>情况(&amp;C)</translation>
    </message>
    <message>
        <source>血压(&amp;B)</source>
        <translation>血压(&amp;B)</translation>
    </message>
    <message>
        <source>体重(&amp;W)</source>
        <translation>体重(&amp;W)</translation>
    </message>
    <message>
        <source>宫底高度(&amp;F)</source>
        <translation>宫底高度(&amp;F)</translation>
    </message>
    <message>
        <source>胎心率(&amp;H)</source>
        <translation>胎心率(&amp;H)</translation>
    </message>
    <message>
        <source>血红蛋白(&amp;E)</source>
        <translation>血红蛋白(&amp;E)</translation>
    </message>
    <message>
        <source>分类(&amp;L)</source>
        <translation>分类(&amp;L)</translation>
    </message>
    <message>
        <source>处理(&amp;P)</source>
        <translation>处理(&amp;P)</translation>
    </message>
    <message>
        <source>指导(&amp;G)</source>
        <translation>指导(&amp;G)</translation>
    </message>
    <message>
        <source>转诊(&amp;R)</source>
        <translation>转诊(&amp;R)</translation>
    </message>
    <message>
        <source>下次随访(&amp;X)</source>
        <translation>下次随访(&amp;X)</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Gui::MentalFollowupDialog</name>
    <message>
        <source>严重精神障碍患者管理</source>
        <translation>严重精神障碍患者管理</translation>
    </message>
    <message>
        <source>严重精神障碍患者随访</source>
        <translation>严重精神障碍患者随访</translation>
    </message>
    <message>
        <source>随访</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>随访日期(&amp;T)</source>
        <translation>随访日期(&amp;T)</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>门诊</translation>
    </message>
    <message>
        <source>家庭访视</source>
        <translation>家庭访视</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>随访形式</source>
        <translation>随访形式</translation>
    </message>
    <message>
        <source>患者本人</source>
        <translation>患者本人</translation>
    </message>
    <message>
        <source>家属/监护人</source>
        <translation>家属/监护人</translation>
    </message>
    <message>
        <source>其他知情人</source>
        <translation>其他知情人</translation>
    </message>
    <message>
        <source>随访对象</source>
        <translation>随访对象</translation>
    </message>
    <message>
        <source>已访到</source>
        <translation>已访到</translation>
    </message>
    <message>
        <source>外出务工</source>
        <translation>外出务工</translation>
    </message>
    <message>
        <source>迁居他处</source>
        <translation>迁居他处</translation>
    </message>
    <message>
        <source>走失</source>
        <translation>走失</translation>
    </message>
    <message>
        <source>连续3次未访到</source>
        <translation>连续3次未访到</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>若失访，原因</source>
        <translation>若失访，原因</translation>
    </message>
    <message>
        <source>病情</source>
        <translation>病情</translation>
    </message>
    <message>
        <source> 级</source>
        <translation> 级</translation>
    </message>
    <message>
        <source>危险性评估(&amp;R)</source>
        <translation>危险性评估(&amp;R)</translation>
    </message>
    <message>
        <source>目前症状（空格勾选）</source>
        <translation>目前症状（空格勾选）</translation>
    </message>
    <message>
        <source>精神症状明显</source>
        <translation>精神症状明显</translation>
    </message>
    <message>
        <source>完全</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>不全</source>
        <translation>不全</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>自知力(&amp;I)</source>
        <translation>自知力(&amp;I)</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>较差</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>睡眠情况</source>
        <translation>睡眠情况</translation>
    </message>
    <message>
        <source>饮食情况</source>
        <translation>饮食情况</translation>
    </message>
    <message>
        <source>社会功能</source>
        <translation>社会功能</translation>
    </message>
    <message>
        <source>个人生活料理</source>
        <translation>个人生活料理</translation>
    </message>
    <message>
        <source>家务劳动</source>
        <translation>家务劳动</translation>
    </message>
    <message>
        <source>生产劳动及工作</source>
        <translation>生产劳动及工作</translation>
    </message>
    <message>
        <source>学习能力</source>
        <translation>学习能力</translation>
    </message>
    <message>
        <source>社会人际交往</source>
        <translation>社会人际交往</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>治疗</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>严重药物不良反应</source>
        <translation>严重药物不良反应</translation>
    </message>
    <message>
        <source>严重躯体疾病</source>
        <translation>严重躯体疾病</translation>
    </message>
    <message>
        <source>按医嘱规律用药</source>
        <translation>按医嘱规律用药</translation>
    </message>
    <message>
        <source>间断用药</source>
        <translation>间断用药</translation>
    </message>
    <message>
        <source>不用药</source>
        <translation>不用药</translation>
    </message>
    <message>
        <source>医嘱勿需用药</source>
        <translation>医嘱勿需用药</translation>
    </message>
    <message>
        <source>用药依从性</source>
        <translation>用药依从性</translation>
    </message>
    <message>
        <source>无关锁</source>
        <translation>无关锁</translation>
    </message>
    <message>
        <source>关锁</source>
        <translation>关锁</translation>
    </message>
    <message>
        <source>关锁已解除</source>
        <translation>关锁已解除</translation>
    </message>
    <message>
        <source>关锁情况</source>
        <translation>关锁情况</translation>
    </message>
    <message>
        <source>未住院</source>
        <translation>未住院</translation>
    </message>
    <message>
        <source>目前正在住院</source>
        <translation>目前正在住院</translation>
    </message>
    <message>
        <source>曾住院现未住院</source>
        <translation>曾住院现未住院</translation>
    </message>
    <message>
        <source>住院情况</source>
        <translation>住院情况</translation>
    </message>
    <message>
        <source>药名 早/中/晚 mg；长效药 每__周 __mg</source>
        <translation>药名 早/中/晚 mg；长效药 每__周 __mg</translation>
    </message>
    <message>
        <source>用药情况</source>
        <translation>用药情况</translation>
    </message>
    <message>
        <source>康复措施</source>
        <translation>康复措施</translation>
    </message>
    <message>
        <source>本次随访分类</source>
        <translation>本次随访分类</translation>
    </message>
    <message>
        <source>下次随访日期(&amp;N)</source>
        <translation>下次随访日期(&amp;N)</translation>
    </message>
    <message>
        <source>转诊（保存后填写转诊单）</source>
        <translation>转诊（保存后填写转诊单）</translation>
    </message>
    <message>
        <source>未访到：不分类</source>
        <translation>未访到：不分类</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;建议 %n 天后随访</source>
        <translation><numerusform>&lt;br&gt;建议 %n 天后随访</numerusform></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;立即转诊到上级医院&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;立即转诊到上级医院&lt;/b&gt;</translation>
    </message>
    <message>
        <source>严重精神障碍随访：%1</source>
        <translation>严重精神障碍随访：%1</translation>
    </message>
</context>
<context>
    <name>Gui::MentalRegistrationDialog</name>
    <message>
        <source>严重精神障碍患者登记</source>
        <translation>严重精神障碍患者登记</translation>
    </message>
    <message>
        <source>诊断(&amp;D)</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>确诊日期</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <source>确诊医院(&amp;H)</source>
        <translation>确诊医院(&amp;H)</translation>
    </message>
    <message>
        <source>年-月</source>
        <translation>年-月</translation>
    </message>
    <message>
        <source>初次发病时间</source>
        <translation>初次发病时间</translation>
    </message>
    <message>
        <source>监护人姓名(&amp;G)</source>
        <translation>监护人姓名(&amp;G)</translation>
    </message>
    <message>
        <source>与患者关系</source>
        <translation>与患者关系</translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>无关锁</source>
        <translation>无关锁</translation>
    </message>
    <message>
        <source>关锁</source>
        <translation>关锁</translation>
    </message>
    <message>
        <source>关锁已解除</source>
        <translation>关锁已解除</translation>
    </message>
    <message>
        <source>关锁情况</source>
        <translation>关锁情况</translation>
    </message>
    <message>
        <source>既往治疗情况</source>
        <translation>既往治疗情况</translation>
    </message>
    <message>
        <source>此记录仅有严重精神障碍记录权限的人员可见，每次查看均留痕。</source>
        <translation>此记录仅有严重精神障碍记录权限的人员可见，每次查看均留痕。</translation>
    </message>
</context>
<context>
    <name>Gui::PackageAdminWidget</name>
    <message>
        <source>基础包</source>
        <translation>基础包</translation>
    </message>
    <message>
        <source>个性化包</source>
        <translation>个性化包</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>医保支付（年）</source>
        <translation>医保支付（年）</translation>
    </message>
    <message>
        <source>公卫经费（年）</source>
        <translation>公卫经费（年）</translation>
    </message>
    <message>
        <source>个人自付（年）</source>
        <translation>个人自付（年）</translation>
    </message>
    <message>
        <source>服务费合计</source>
        <translation>服务费合计</translation>
    </message>
    <message>
        <source>适用人群</source>
        <translation>适用人群</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>新建服务包</source>
        <translation>新建服务包</translation>
    </message>
    <message>
        <source>%1 元</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1（第%2版）</source>
        <translation>%1（第%2版）</translation>
    </message>
    <message>
        <source>已保存为第 %1 版；已签的协议保留原版本</source>
        <translation>已保存为第 %1 版；已签的协议保留原版本</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>勾选可签此包的重点人群；都不勾选 = 所有居民</source>
        <translation>勾选可签此包的重点人群；都不勾选 = 所有居民</translation>
    </message>
    <message>
        <source>添加服务项目(&amp;A)</source>
        <translation>添加服务项目(&amp;A)</translation>
    </message>
    <message>
        <source>删除服务项目</source>
        <translation>删除服务项目</translation>
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
    <name>Gui::PlatformPage</name>
    <message>
        <source>区域平台（可选）</source>
        <translation>区域平台（可选）</translation>
    </message>
    <message>
        <source>与区域全民健康信息平台同步居民档案和服务记录。可以以后再填。</source>
        <translation>与区域全民健康信息平台同步居民档案和服务记录。可以以后再填。</translation>
    </message>
    <message>
        <source>连接区域平台(&amp;C)</source>
        <translation>连接区域平台(&amp;C)</translation>
    </message>
    <message>
        <source>平台发给本工作站的令牌</source>
        <translation>平台发给本工作站的令牌</translation>
    </message>
    <message>
        <source>可不填：平台使用自签名或县级 CA 签发的证书时需要</source>
        <translation>可不填：平台使用自签名或县级 CA 签发的证书时需要</translation>
    </message>
    <message>
        <source>浏览(&amp;O)…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>选择 CA 证书</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>平台地址(&amp;U)</source>
        <translation>平台地址(&amp;U)</translation>
    </message>
    <message>
        <source>令牌(&amp;K)</source>
        <translation>令牌(&amp;K)</translation>
    </message>
    <message>
        <source>CA 证书(&amp;F)</source>
        <translation>CA 证书(&amp;F)</translation>
    </message>
    <message>
        <source>现在不填，以后由管理员在“设置 → 区域平台”中填写。令牌写入本机数据库，不会出现在日志中。</source>
        <translation>现在不填，以后由管理员在“设置 → 区域平台”中填写。令牌写入本机数据库，不会出现在日志中。</translation>
    </message>
    <message>
        <source>令牌</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>CA 证书</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation>平台地址</translation>
    </message>
</context>
<context>
    <name>Gui::PregnancyBookingDialog</name>
    <message>
        <source>孕产妇建册（第1次产前检查）</source>
        <translation>孕产妇建册（第1次产前检查）</translation>
    </message>
    <message>
        <source>月+9或-3，日+7</source>
        <translation>月+9或-3，日+7</translation>
    </message>
    <message>
        <source>末次月经+280天</source>
        <translation>末次月经+280天</translation>
    </message>
    <message>
        <source>无B超校正</source>
        <translation>无B超校正</translation>
    </message>
    <message>
        <source>丈夫姓名、年龄、电话</source>
        <translation>丈夫姓名、年龄、电话</translation>
    </message>
    <message>
        <source>既往史、家族史、妇科手术史</source>
        <translation>既往史、家族史、妇科手术史</translation>
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
        <translation>收缩压</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>早产史</source>
        <translation>早产史</translation>
    </message>
    <message>
        <source>围产儿死亡史</source>
        <translation>围产儿死亡史</translation>
    </message>
    <message>
        <source>出生缺陷史</source>
        <translation>出生缺陷史</translation>
    </message>
    <message>
        <source>异位妊娠史</source>
        <translation>异位妊娠史</translation>
    </message>
    <message>
        <source>乙肝表面抗原阳性</source>
        <translation>乙肝表面抗原阳性</translation>
    </message>
    <message>
        <source>梅毒阳性</source>
        <translation>梅毒阳性</translation>
    </message>
    <message>
        <source>HIV抗体阳性</source>
        <translation>HIV抗体阳性</translation>
    </message>
    <message>
        <source>本机构有助产资质（第2～5次由本机构检查）</source>
        <translation>本机构有助产资质（第2～5次由本机构检查）</translation>
    </message>
    <message>
        <source>保健指导、转诊</source>
        <translation>保健指导、转诊</translation>
    </message>
    <message>
        <source>请医生确认</source>
        <translation>请医生确认</translation>
    </message>
    <message>
        <source>紫色（传染性疾病）</source>
        <translation>紫色（传染性疾病）</translation>
    </message>
    <message>
        <source>建册日期(&amp;D)</source>
        <translation>建册日期(&amp;D)</translation>
    </message>
    <message>
        <source>末次月经(&amp;M)</source>
        <translation>末次月经(&amp;M)</translation>
    </message>
    <message>
        <source>预产期推算</source>
        <translation>预产期推算</translation>
    </message>
    <message>
        <source>B超预产期(&amp;U)</source>
        <translation>B超预产期(&amp;U)</translation>
    </message>
    <message>
        <source>推算结果</source>
        <translation>推算结果</translation>
    </message>
    <message>
        <source>孕次(&amp;G)</source>
        <translation>孕次(&amp;G)</translation>
    </message>
    <message>
        <source>产次(&amp;P)</source>
        <translation>产次(&amp;P)</translation>
    </message>
    <message>
        <source>自然流产次数</source>
        <translation>自然流产次数</translation>
    </message>
    <message>
        <source>剖宫产次数</source>
        <translation>剖宫产次数</translation>
    </message>
    <message>
        <source>丈夫</source>
        <translation>丈夫</translation>
    </message>
    <message>
        <source>病史(&amp;H)</source>
        <translation>病史(&amp;H)</translation>
    </message>
    <message>
        <source>身高(&amp;T)</source>
        <translation>身高(&amp;T)</translation>
    </message>
    <message>
        <source>体重(&amp;W)</source>
        <translation>体重(&amp;W)</translation>
    </message>
    <message>
        <source>血压(&amp;B)</source>
        <translation>血压(&amp;B)</translation>
    </message>
    <message>
        <source>血红蛋白(&amp;E)</source>
        <translation>血红蛋白(&amp;E)</translation>
    </message>
    <message>
        <source>孕产史</source>
        <translation>孕产史</translation>
    </message>
    <message>
        <source>检验</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>指导/转诊</source>
        <translation>指导/转诊</translation>
    </message>
    <message>
        <source>风险筛查</source>
        <translation>风险筛查</translation>
    </message>
    <message>
        <source>风险分级(&amp;R)</source>
        <translation>风险分级(&amp;R)</translation>
    </message>
    <message>
        <source>建册 (Ctrl+S)</source>
        <translation>建册 (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>您的角色无权为孕产妇建册</source>
        <translation>您的角色无权为孕产妇建册</translation>
    </message>
    <message>
        <source>末次月经晚于建册日期</source>
        <translation>末次月经晚于建册日期</translation>
    </message>
    <message>
        <source>预产期 %1（%2），孕 %3，%4%5</source>
        <translation>预产期 %1（%2），孕 %3，%4%5</translation>
    </message>
    <message>
        <source>B超校正</source>
        <translation>B超校正</translation>
    </message>
    <message>
        <source>，早孕建册</source>
        <translation>，早孕建册</translation>
    </message>
    <message>
        <source>，已满13周</source>
        <translation>，已满13周</translation>
    </message>
    <message>
        <source>建议：%1%2%3</source>
        <translation>建议：%1%2%3</translation>
    </message>
    <message>
        <source> + 紫色</source>
        <translation> + 紫色</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>请医生确认风险分级（建议：%1）</source>
        <translation>请医生确认风险分级（建议：%1）</translation>
    </message>
</context>
<context>
    <name>Gui::PregnancyPrinter</name>
    <message>
        <source>未见异常</source>
        <translation>未见异常</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>未恢复</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>该居民没有孕产期记录</source>
        <translation>该居民没有孕产期记录</translation>
    </message>
    <message>
        <source>B超校正</source>
        <translation>B超校正</translation>
    </message>
    <message>
        <source>末次月经+280天</source>
        <translation>末次月经+280天</translation>
    </message>
    <message>
        <source>月+9或-3，日+7</source>
        <translation>月+9或-3，日+7</translation>
    </message>
    <message>
        <source>%1（待医生确认）</source>
        <translation>%1（待医生确认）</translation>
    </message>
    <message>
        <source> + 紫色</source>
        <translation> + 紫色</translation>
    </message>
    <message>
        <source>第1次产前检查服务记录表</source>
        <translation>第1次产前检查服务记录表</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>填表日期</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>孕周</source>
        <translation>孕周</translation>
    </message>
    <message>
        <source>孕妇年龄</source>
        <translation>孕妇年龄</translation>
    </message>
    <message>
        <source>丈夫</source>
        <translation>丈夫</translation>
    </message>
    <message>
        <source>孕次</source>
        <translation>孕次</translation>
    </message>
    <message>
        <source>产次</source>
        <translation>产次</translation>
    </message>
    <message>
        <source>末次月经</source>
        <translation>末次月经</translation>
    </message>
    <message>
        <source>预产期</source>
        <translation>预产期</translation>
    </message>
    <message>
        <source>身高(cm)</source>
        <translation>身高(cm)</translation>
    </message>
    <message>
        <source>体重(kg)</source>
        <translation>体重(kg)</translation>
    </message>
    <message>
        <source>血压(mmHg)</source>
        <translation>血压(mmHg)</translation>
    </message>
    <message>
        <source>血红蛋白(g/L)</source>
        <translation>血红蛋白(g/L)</translation>
    </message>
    <message>
        <source>既往史等</source>
        <translation>既往史等</translation>
    </message>
    <message>
        <source>保健指导/转诊</source>
        <translation>保健指导/转诊</translation>
    </message>
    <message>
        <source>妊娠风险</source>
        <translation>妊娠风险</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>产前随访、分娩与产后</source>
        <translation>产前随访、分娩与产后</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>分类/处理</source>
        <translation>分类/处理</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>第%1次产前随访</source>
        <translation>第%1次产前随访</translation>
    </message>
    <message>
        <source>产后访视</source>
        <translation>产后访视</translation>
    </message>
    <message>
        <source>产后42天健康检查</source>
        <translation>产后42天健康检查</translation>
    </message>
    <message>
        <source>督促日期</source>
        <translation>督促日期</translation>
    </message>
    <message>
        <source>，结案</source>
        <translation>，结案</translation>
    </message>
    <message>
        <source>，转诊</source>
        <translation>，转诊</translation>
    </message>
    <message>
        <source>分娩</source>
        <translation>分娩</translation>
    </message>
    <message>
        <source>孕产妇健康管理记录</source>
        <translation>孕产妇健康管理记录</translation>
    </message>
</context>
<context>
    <name>Gui::RecordDoseDialog</name>
    <message>
        <source>— 逾期</source>
        <translation>— 逾期</translation>
    </message>
    <message>
        <source>不符合程序时必填：确需接种的原因（将记入审计日志）</source>
        <translation>不符合程序时必填：确需接种的原因（将记入审计日志）</translation>
    </message>
    <message>
        <source>疫苗/剂次(&amp;V)</source>
        <translation>疫苗/剂次(&amp;V)</translation>
    </message>
    <message>
        <source>批号（库存）(&amp;L)</source>
        <translation>批号（库存）(&amp;L)</translation>
    </message>
    <message>
        <source>批号(&amp;L)</source>
        <translation>批号(&amp;L)</translation>
    </message>
    <message>
        <source>接种单位(&amp;C)</source>
        <translation>接种单位(&amp;C)</translation>
    </message>
    <message>
        <source>接种日期(&amp;D)</source>
        <translation>接种日期(&amp;D)</translation>
    </message>
    <message>
        <source>超程序原因(&amp;R)</source>
        <translation>超程序原因(&amp;R)</translation>
    </message>
    <message>
        <source>记录 (Enter)</source>
        <translation>记录 (Enter)</translation>
    </message>
    <message>
        <source>取消 (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>库存中没有该疫苗的有效批号，请先入库</source>
        <translation>库存中没有该疫苗的有效批号，请先入库</translation>
    </message>
    <message>
        <source>不符合免疫程序：%1。如确需接种，请填写原因。</source>
        <translation>不符合免疫程序：%1。如确需接种，请填写原因。</translation>
    </message>
    <message>
        <source>记录接种</source>
        <translation>记录接种</translation>
    </message>
    <message>
        <source>补录外单位/历史接种</source>
        <translation>补录外单位/历史接种</translation>
    </message>
    <message>
        <source>%1 第%2剂%3</source>
        <translation>%1 第%2剂%3</translation>
    </message>
    <message>
        <source>部位(&amp;S)</source>
        <translation>部位(&amp;S)</translation>
    </message>
    <message>
        <source>途径(&amp;T)</source>
        <translation>途径(&amp;T)</translation>
    </message>
    <message>
        <source>接种者(&amp;P)</source>
        <translation>接种者(&amp;P)</translation>
    </message>
    <message>
        <source>%1  %2  有效期至%3  库存%4剂%5</source>
        <translation>%1  %2  有效期至%3  库存%4剂%5</translation>
    </message>
    <message>
        <source>（近效期）</source>
        <translation>（近效期）</translation>
    </message>
    <message>
        <source>注意：该批号将于%1到期，请核对</source>
        <translation>注意：该批号将于%1到期，请核对</translation>
    </message>
</context>
<context>
    <name>Gui::RecordPrinter</name>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>居民健康档案</source>
        <translation>居民健康档案</translation>
    </message>
    <message>
        <source>姓　　名</source>
        <translation>姓　　名</translation>
    </message>
    <message>
        <source>现 住 址</source>
        <translation>现 住 址</translation>
    </message>
    <message>
        <source>户籍地址</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>（非户籍）</source>
        <translation>（非户籍）</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>乡镇（街道）名称</source>
        <translation>乡镇（街道）名称</translation>
    </message>
    <message>
        <source>村（居）委会名称</source>
        <translation>村（居）委会名称</translation>
    </message>
    <message>
        <source>建档单位</source>
        <translation>建档单位</translation>
    </message>
    <message>
        <source>卫生院</source>
        <translation>卫生院</translation>
    </message>
    <message>
        <source>建 档 人</source>
        <translation>建 档 人</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>责任医生</translation>
    </message>
    <message>
        <source>建档日期</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>个人基本信息表</source>
        <translation>个人基本信息表</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
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
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>本人电话</source>
        <translation>本人电话</translation>
    </message>
    <message>
        <source>联系人姓名</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>联系人电话</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>常住类型</source>
        <translation>常住类型</translation>
    </message>
    <message>
        <source>户籍</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>非户籍</source>
        <translation>非户籍</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>现住址</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>表单版本</source>
        <translation>表单版本</translation>
    </message>
</context>
<context>
    <name>Gui::ReferralDialog</name>
    <message>
        <source>双向转诊（转出）</source>
        <translation>双向转诊（转出）</translation>
    </message>
    <message>
        <source>如：县人民医院</source>
        <translation>如：县人民医院</translation>
    </message>
    <message>
        <source>接收机构(&amp;I)</source>
        <translation>接收机构(&amp;I)</translation>
    </message>
    <message>
        <source>科室(&amp;D)</source>
        <translation>科室(&amp;D)</translation>
    </message>
    <message>
        <source>接诊医生</source>
        <translation>接诊医生</translation>
    </message>
    <message>
        <source>初步印象(&amp;M)</source>
        <translation>初步印象(&amp;M)</translation>
    </message>
    <message>
        <source>主要现病史（转出原因）(&amp;R)</source>
        <translation>主要现病史（转出原因）(&amp;R)</translation>
    </message>
    <message>
        <source>主要既往史</source>
        <translation>主要既往史</translation>
    </message>
    <message>
        <source>治疗经过</source>
        <translation>治疗经过</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>转出日期</source>
        <translation>转出日期</translation>
    </message>
    <message>
        <source>保存转诊单</source>
        <translation>保存转诊单</translation>
    </message>
    <message>
        <source>双向转诊</source>
        <translation>双向转诊</translation>
    </message>
</context>
<context>
    <name>Gui::ReferralListDialog</name>
    <message>
        <source>双向转诊</source>
        <translation>双向转诊</translation>
    </message>
    <message>
        <source>打印居民健康档案摘要</source>
        <translation>打印居民健康档案摘要</translation>
    </message>
    <message>
        <source>转出日期</source>
        <translation>转出日期</translation>
    </message>
    <message>
        <source>接收机构</source>
        <translation>接收机构</translation>
    </message>
    <message>
        <source>转出原因</source>
        <translation>转出原因</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>应随访结果日期</source>
        <translation>应随访结果日期</translation>
    </message>
    <message>
        <source>新建转诊(&amp;N)</source>
        <translation>新建转诊(&amp;N)</translation>
    </message>
    <message>
        <source>更新状态(&amp;U)</source>
        <translation>更新状态(&amp;U)</translation>
    </message>
    <message>
        <source>打印转诊单(&amp;P)</source>
        <translation>打印转诊单(&amp;P)</translation>
    </message>
    <message>
        <source>尚无转诊。按 Ctrl+N 新建转诊单。</source>
        <translation>尚无转诊。按 Ctrl+N 新建转诊单。</translation>
    </message>
    <message numerus="yes">
        <source>%n 张转诊单已满两周，请随访转诊结果。</source>
        <translation><numerusform>%n 张转诊单已满两周，请随访转诊结果。</numerusform></translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>双向转诊单</source>
        <translation>双向转诊单</translation>
    </message>
</context>
<context>
    <name>Gui::ReferralPrinter</name>
    <message>
        <source>双向转诊（转出）存根</source>
        <translation>双向转诊（转出）存根</translation>
    </message>
    <message>
        <source>患者姓名 %1　性别 %2　年龄 %3　档案编号 %4</source>
        <translation>患者姓名 %1　性别 %2　年龄 %3　档案编号 %4</translation>
    </message>
    <message>
        <source>于 %1 因病情需要，转入 %2 单位 %3 科室 %4 接诊医生。</source>
        <translation>于 %1 因病情需要，转入 %2 单位 %3 科室 %4 接诊医生。</translation>
    </message>
    <message>
        <source>转诊医生（签字）：　　　　　　　%1</source>
        <translation>转诊医生（签字）：　　　　　　　%1</translation>
    </message>
    <message>
        <source>（沿此线剪开）</source>
        <translation>（沿此线剪开）</translation>
    </message>
    <message>
        <source>双向转诊（转出）单</source>
        <translation>双向转诊（转出）单</translation>
    </message>
    <message>
        <source>　　现有患者 %1 性别 %2 年龄 %3 因病情需要，需转入贵单位，请予以接诊。</source>
        <translation>　　现有患者 %1 性别 %2 年龄 %3 因病情需要，需转入贵单位，请予以接诊。</translation>
    </message>
    <message>
        <source>初步印象</source>
        <translation>初步印象</translation>
    </message>
    <message>
        <source>主要现病史（转出原因）</source>
        <translation>主要现病史（转出原因）</translation>
    </message>
    <message>
        <source>主要既往史</source>
        <translation>主要既往史</translation>
    </message>
    <message>
        <source>治疗经过</source>
        <translation>治疗经过</translation>
    </message>
    <message>
        <source>转诊医生（签字）：　　　　　　　联系电话：%1</source>
        <translation>转诊医生（签字）：　　　　　　　联系电话：%1</translation>
    </message>
    <message>
        <source>%1（机构名称）</source>
        <translation>%1（机构名称）</translation>
    </message>
    <message>
        <source>双向转诊（回转）单</source>
        <translation>双向转诊（回转）单</translation>
    </message>
    <message>
        <source>　　现有患者 %1 因病情需要，现转回贵单位，请予以接诊。</source>
        <translation>　　现有患者 %1 因病情需要，现转回贵单位，请予以接诊。</translation>
    </message>
    <message>
        <source>诊断结果</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>住院病案号</source>
        <translation>住院病案号</translation>
    </message>
    <message>
        <source>主要检查结果</source>
        <translation>主要检查结果</translation>
    </message>
    <message>
        <source>治疗经过、下一步治疗方案及康复建议</source>
        <translation>治疗经过、下一步治疗方案及康复建议</translation>
    </message>
    <message>
        <source>双向转诊单</source>
        <translation>双向转诊单</translation>
    </message>
</context>
<context>
    <name>Gui::ReferralStatusDialog</name>
    <message>
        <source>转诊结果 — %1</source>
        <translation>转诊结果 — %1</translation>
    </message>
    <message>
        <source>%1 转至 %2，当前状态：%3</source>
        <translation>%1 转至 %2，当前状态：%3</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>登记回转单</source>
        <translation>登记回转单</translation>
    </message>
    <message>
        <source>已拒收</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>结束（不再随访）</source>
        <translation>结束（不再随访）</translation>
    </message>
    <message>
        <source>结果(&amp;A)</source>
        <translation>结果(&amp;A)</translation>
    </message>
    <message>
        <source>原因或说明</source>
        <translation>原因或说明</translation>
    </message>
    <message>
        <source>回转单</source>
        <translation>回转单</translation>
    </message>
    <message>
        <source>回转日期</source>
        <translation>回转日期</translation>
    </message>
    <message>
        <source>诊断结果</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>住院病案号</source>
        <translation>住院病案号</translation>
    </message>
    <message>
        <source>主要检查结果</source>
        <translation>主要检查结果</translation>
    </message>
    <message>
        <source>治疗经过、下一步治疗方案及康复建议</source>
        <translation>治疗经过、下一步治疗方案及康复建议</translation>
    </message>
</context>
<context>
    <name>Gui::RegistrationDialog</name>
    <message>
        <source>慢病登记</source>
        <translation>慢病登记</translation>
    </message>
    <message>
        <source>姓名、拼音首字母、身份证号或档案编号</source>
        <translation>姓名、拼音首字母、身份证号或档案编号</translation>
    </message>
    <message>
        <source>居民(&amp;R)</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <source>疾病(&amp;P)</source>
        <translation>疾病(&amp;P)</translation>
    </message>
    <message>
        <source>诊断（ICD-10）</source>
        <translation>诊断（ICD-10）</translation>
    </message>
    <message>
        <source>确诊日期</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <source>如：县人民医院、本院</source>
        <translation>如：县人民医院、本院</translation>
    </message>
    <message>
        <source>确诊机构</source>
        <translation>确诊机构</translation>
    </message>
    <message>
        <source>低危</source>
        <translation>低危</translation>
    </message>
    <message>
        <source>中危</source>
        <translation>中危</translation>
    </message>
    <message>
        <source>高危</source>
        <translation>高危</translation>
    </message>
    <message>
        <source>很高危</source>
        <translation>很高危</translation>
    </message>
    <message>
        <source>危险分层</source>
        <translation>危险分层</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>请先查找并选择居民</source>
        <translation>请先查找并选择居民</translation>
    </message>
    <message>
        <source>责任医生(&amp;D)</source>
        <translation>责任医生(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Gui::RenewContractDialog</name>
    <message>
        <source>续约</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>现签约：%1，%2 至 %3（%4，%5）
续约后自 %6 起，续签同样的服务包。</source>
        <translation>现签约：%1，%2 至 %3（%4，%5）
续约后自 %6 起，续签同样的服务包。</translation>
    </message>
    <message>
        <source>签约日期(&amp;D)</source>
        <translation>签约日期(&amp;D)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Gui::ReportSendDialog</name>
    <message>
        <source>上报月度指标需要统计报表和同步权限</source>
        <translation>上报月度指标需要统计报表和同步权限</translation>
    </message>
    <message>
        <source>上报月度指标需要全部村的权限（本账户只能看到部分村）</source>
        <translation>上报月度指标需要全部村的权限（本账户只能看到部分村）</translation>
    </message>
    <message>
        <source>上报月度指标</source>
        <translation>上报月度指标</translation>
    </message>
    <message>
        <source>把本机构一个月的各项指标（分子、分母、率）上报区域平台，县里汇总各乡镇时不必再收集表格。同一月份再次上报会更新原数据，不会重复。</source>
        <translation>把本机构一个月的各项指标（分子、分母、率）上报区域平台，县里汇总各乡镇时不必再收集表格。同一月份再次上报会更新原数据，不会重复。</translation>
    </message>
    <message>
        <source>%1（本月，尚未结束）</source>
        <translation>%1（本月，尚未结束）</translation>
    </message>
    <message>
        <source>月份(&amp;M)：</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>区域平台：</source>
        <translation>区域平台：</translation>
    </message>
    <message>
        <source>上报(&amp;S)</source>
        <translation>上报(&amp;S)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>正在上报……</source>
        <translation>正在上报……</translation>
    </message>
    <message>
        <source>已上报 %1 的 %2 项指标（新增 %3，更新 %4），上报机构：%5。</source>
        <translation>已上报 %1 的 %2 项指标（新增 %3，更新 %4），上报机构：%5。</translation>
    </message>
    <message>
        <source>上报失败：%1</source>
        <translation>上报失败：%1</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>尚未设置（在“设置 → 区域平台”中填写平台地址和令牌）</source>
        <translation>尚未设置（在“设置 → 区域平台”中填写平台地址和令牌）</translation>
    </message>
    <message>
        <source>请先在“设置 → 区域平台”中填写区域平台地址和工作站令牌。</source>
        <translation>请先在“设置 → 区域平台”中填写区域平台地址和工作站令牌。</translation>
    </message>
</context>
<context>
    <name>Gui::ReportTableWidget</name>
    <message>
        <source>季报</source>
        <translation>季报</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>年报</source>
        <translation>年报</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>全部村（居委会）</source>
        <translation>全部村（居委会）</translation>
    </message>
    <message>
        <source>我的村</source>
        <translation>我的村</translation>
    </message>
    <message>
        <source>不填则留空手签</source>
        <translation>不填则留空手签</translation>
    </message>
    <message>
        <source>生成报表 (Enter)</source>
        <translation>生成报表 (Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>报表(&amp;T)</source>
        <translation>报表(&amp;T)</translation>
    </message>
    <message>
        <source>周期(&amp;Z)</source>
        <translation>周期(&amp;Z)</translation>
    </message>
    <message>
        <source>范围(&amp;A)</source>
        <translation>范围(&amp;A)</translation>
    </message>
    <message>
        <source>审核人(&amp;R)</source>
        <translation>审核人(&amp;R)</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>第%1季度</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>已取消统计</source>
        <translation>已取消统计</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Gui::ReportsPage</name>
    <message>
        <source>签约</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>官方报表</source>
        <translation>官方报表</translation>
    </message>
    <message>
        <source>仪表盘</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>上报月度指标…</source>
        <translation>上报月度指标…</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentContractsWidget</name>
    <message>
        <source>查找居民：姓名、拼音首字母、身份证号、电话、档案号</source>
        <translation>查找居民：姓名、拼音首字母、身份证号、电话、档案号</translation>
    </message>
    <message>
        <source>签约(&amp;S)</source>
        <translation>签约(&amp;S)</translation>
    </message>
    <message>
        <source>整户签约(&amp;H)</source>
        <translation>整户签约(&amp;H)</translation>
    </message>
    <message>
        <source>续约(&amp;R)</source>
        <translation>续约(&amp;R)</translation>
    </message>
    <message>
        <source>解约(&amp;T)</source>
        <translation>解约(&amp;T)</translation>
    </message>
    <message>
        <source>打印协议(&amp;P)</source>
        <translation>打印协议(&amp;P)</translation>
    </message>
    <message>
        <source>协议存为PDF</source>
        <translation>协议存为PDF</translation>
    </message>
    <message>
        <source>登记纸质签字…</source>
        <translation>登记纸质签字…</translation>
    </message>
    <message>
        <source>服务任务（已完成与待完成）</source>
        <translation>服务任务（已完成与待完成）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2　档案号 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;　%2　档案号 %3</translation>
    </message>
    <message>
        <source>请先在左侧选择居民</source>
        <translation>请先在左侧选择居民</translation>
    </message>
    <message>
        <source>已签约，协议号 %1</source>
        <translation>已签约，协议号 %1</translation>
    </message>
    <message numerus="yes">
        <source>已为 %n 位家庭成员签约</source>
        <translation><numerusform>已为 %n 位家庭成员签约</numerusform></translation>
    </message>
    <message>
        <source>已续约：%1 至 %2</source>
        <translation>已续约：%1 至 %2</translation>
    </message>
    <message>
        <source>已解约</source>
        <translation>已解约</translation>
    </message>
    <message>
        <source>选择签字协议的扫描件（可不选）</source>
        <translation>选择签字协议的扫描件（可不选）</translation>
    </message>
    <message>
        <source>图片或 PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>图片或 PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>已登记纸质协议签字</source>
        <translation>已登记纸质协议签字</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentDuePanel</name>
    <message>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>下次</source>
        <translation>下次</translation>
    </message>
    <message>
        <source>过敏</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>无待办</source>
        <translation>无待办</translation>
    </message>
    <message>
        <source>糖尿病随访</source>
        <translation>糖尿病随访</translation>
    </message>
    <message>
        <source>高血压随访</source>
        <translation>高血压随访</translation>
    </message>
    <message>
        <source>%1逾期 %2 天（应于 %3）</source>
        <translation>%1逾期 %2 天（应于 %3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 第%2剂</source>
        <translation>%1 第%2剂</translation>
    </message>
    <message>
        <source>接种 %1</source>
        <translation>接种 %1</translation>
    </message>
    <message>
        <source>接种 %1 %2</source>
        <translation>接种 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>签约服务 %n 项逾期</source>
        <translation><numerusform>签约服务 %n 项逾期</numerusform></translation>
    </message>
    <message>
        <source>签约服务“%1” %2</source>
        <translation>签约服务“%1” %2</translation>
    </message>
    <message>
        <source>未填（个人基本信息表）</source>
        <translation>未填（个人基本信息表）</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>未加入家庭</source>
        <translation>未加入家庭</translation>
    </message>
    <message>
        <source>（户主）</source>
        <translation>（户主）</translation>
    </message>
    <message>
        <source>·已签约</source>
        <translation>·已签约</translation>
    </message>
    <message numerus="yes">
        <source>%n 人，%1 人已签约：</source>
        <translation><numerusform>%n 人，%1 人已签约：</numerusform></translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>无（档案已关闭，不再安排随访、接种和签约服务）</source>
        <translation>无（档案已关闭，不再安排随访、接种和签约服务）</translation>
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
    <message>
        <source>%1（%2，档案号 %3）：%4</source>
        <translation>%1（%2，档案号 %3）：%4</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>可能与已有居民重复：
%1
请先查看该居民；确是另一人时再按“保存”。</source>
        <translation>可能与已有居民重复：
%1
请先查看该居民；确是另一人时再按“保存”。</translation>
    </message>
    <message>
        <source>申请档案迁入(&amp;Q)</source>
        <translation>申请档案迁入(&amp;Q)</translation>
    </message>
    <message>
        <source>请该村的医生或管理员同意把此档案迁到所选的村</source>
        <translation>请该村的医生或管理员同意把此档案迁到所选的村</translation>
    </message>
    <message>
        <source>已提交档案迁入申请。该村的医生或管理员同意后，档案会迁到%1。</source>
        <translation>已提交档案迁入申请。该村的医生或管理员同意后，档案会迁到%1。</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentTitle</name>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>%1 — %2（%3）</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Gui::ResidentView</name>
    <message>
        <source>居民健康档案</source>
        <translation>居民健康档案</translation>
    </message>
    <message>
        <source>新建接诊 (Ctrl+J)</source>
        <translation>新建接诊 (Ctrl+J)</translation>
    </message>
    <message>
        <source>健康体检 (Ctrl+T)</source>
        <translation>健康体检 (Ctrl+T)</translation>
    </message>
    <message>
        <source>个人基本信息表 (Ctrl+B)</source>
        <translation>个人基本信息表 (Ctrl+B)</translation>
    </message>
    <message>
        <source>编辑居民信息 (Ctrl+E)</source>
        <translation>编辑居民信息 (Ctrl+E)</translation>
    </message>
    <message>
        <source>打印/PDF (Ctrl+P)</source>
        <translation>打印/PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>全部记录</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
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
        <source>档案编号</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>&lt;p&gt;还没有记录。&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>-健康档案.pdf</source>
        <translation>-健康档案.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>更正 (F2)</source>
        <translation>更正 (F2)</translation>
    </message>
    <message>
        <source>档案封面与个人基本信息表：打印预览…</source>
        <translation>档案封面与个人基本信息表：打印预览…</translation>
    </message>
    <message>
        <source>档案封面与个人基本信息表：保存为 PDF…</source>
        <translation>档案封面与个人基本信息表：保存为 PDF…</translation>
    </message>
    <message>
        <source>健康体检表：打印预览…</source>
        <translation>健康体检表：打印预览…</translation>
    </message>
    <message>
        <source>健康体检表：保存为 PDF…</source>
        <translation>健康体检表：保存为 PDF…</translation>
    </message>
    <message>
        <source>-健康体检表.pdf</source>
        <translation>-健康体检表.pdf</translation>
    </message>
    <message>
        <source>打印预览：健康体检表</source>
        <translation>打印预览：健康体检表</translation>
    </message>
    <message>
        <source>档案状态 (Ctrl+D)</source>
        <translation>档案状态 (Ctrl+D)</translation>
    </message>
    <message>
        <source>登记死亡…</source>
        <translation>登记死亡…</translation>
    </message>
    <message>
        <source>迁出…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <source>注销档案…</source>
        <translation>注销档案…</translation>
    </message>
    <message>
        <source>迁入登记…</source>
        <translation>迁入登记…</translation>
    </message>
    <message>
        <source>撤销（恢复档案）…</source>
        <translation>撤销（恢复档案）…</translation>
    </message>
    <message>
        <source>%1。</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1（%2）。</source>
        <translation>%1（%2）。</translation>
    </message>
    <message>
        <source>该居民自该日起不在任何工作清单和统计中，签约和慢病管理已终止；记录全部保留，可查阅。</source>
        <translation>该居民自该日起不在任何工作清单和统计中，签约和慢病管理已终止；记录全部保留，可查阅。</translation>
    </message>
    <message>
        <source>如登记有误，可在“档案状态”中撤销（恢复档案）。</source>
        <translation>如登记有误，可在“档案状态”中撤销（恢复档案）。</translation>
    </message>
    <message>
        <source>服务项目 (Ctrl+K)</source>
        <translation>服务项目 (Ctrl+K)</translation>
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
    <message>
        <source>查看档案 (Enter)</source>
        <translation>查看档案 (Enter)</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>重复档案…</source>
        <translation>重复档案…</translation>
    </message>
    <message>
        <source>迁入申请（%1）…</source>
        <translation>迁入申请（%1）…</translation>
    </message>
</context>
<context>
    <name>Gui::RoundSheet</name>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1 %2岁</source>
        <translation>%1 %2岁</translation>
    </message>
    <message>
        <source>入户走访单%1</source>
        <translation>入户走访单%1</translation>
    </message>
    <message>
        <source>日期 %1　共 %2 户 %3 项，其中逾期 %4 项</source>
        <translation>日期 %1　共 %2 户 %3 项，其中逾期 %4 项</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>走访人：____________　　走访日期：____________　　完成后在“完成”栏打勾，情况写在“备注”栏</source>
        <translation>走访人：____________　　走访日期：____________　　完成后在“完成”栏打勾，情况写在“备注”栏</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>应做日期</source>
        <translation>应做日期</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>　户主：%1</source>
        <translation>　户主：%1</translation>
    </message>
    <message>
        <source>该日没有到期或逾期的工作</source>
        <translation>该日没有到期或逾期的工作</translation>
    </message>
    <message>
        <source>入户走访单 %1 %2</source>
        <translation>入户走访单 %1 %2</translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Gui::SchemaForm</name>
    <message>
        <source>每行一条；日期写成 2024-05-01，选项写名称</source>
        <translation>每行一条；日期写成 2024-05-01，选项写名称</translation>
    </message>
    <message>
        <source>不能保存：</source>
        <translation>不能保存：</translation>
    </message>
    <message>
        <source>请确认：</source>
        <translation>请确认：</translation>
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
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>锁屏 (Ctrl+L)</source>
        <translation>锁屏 (Ctrl+L)</translation>
    </message>
    <message>
        <source>恢复失败，数据库保持原样：%1</source>
        <translation>恢复失败，数据库保持原样：%1</translation>
    </message>
    <message>
        <source>已恢复，但无法打开数据库：%1</source>
        <translation>已恢复，但无法打开数据库：%1</translation>
    </message>
    <message>
        <source>已从 %1 恢复。原数据库文件保留为 %2。请重新登录。</source>
        <translation>已从 %1 恢复。原数据库文件保留为 %2。请重新登录。</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
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
    <message>
        <source> 分钟</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>锁屏时间已保存，下次登录后生效。</source>
        <translation>锁屏时间已保存，下次登录后生效。</translation>
    </message>
    <message>
        <source>无操作自动锁屏(&amp;K)</source>
        <translation>无操作自动锁屏(&amp;K)</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>区域平台</source>
        <translation>区域平台</translation>
    </message>
</context>
<context>
    <name>Gui::SetupPage</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>另有 %1 处问题</source>
        <translation>另有 %1 处问题</translation>
    </message>
</context>
<context>
    <name>Gui::SetupWizard</name>
    <message>
        <source>家医 — 建立机构</source>
        <translation>家医 — 建立机构</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>建立机构</source>
        <translation>建立机构</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>欢迎</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>乡镇和村</source>
        <translation>乡镇和村</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>区域平台</source>
        <translation>区域平台</translation>
    </message>
    <message>
        <source>居民名单</source>
        <translation>居民名单</translation>
    </message>
    <message>
        <source>核对并建立</source>
        <translation>核对并建立</translation>
    </message>
    <message>
        <source>切换语言</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <source>切换语言会重新开始向导，已填写的内容不会保留。继续吗？</source>
        <translation>切换语言会重新开始向导，已填写的内容不会保留。继续吗？</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>放弃建立机构？</source>
        <translation>放弃建立机构？</translation>
    </message>
    <message>
        <source>已填写的机构信息还没有写入。放弃这些内容吗？</source>
        <translation>已填写的机构信息还没有写入。放弃这些内容吗？</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>机构没有建立，什么都没有写入：%1</source>
        <translation>机构没有建立，什么都没有写入：%1</translation>
    </message>
    <message>
        <source>机构已建立，但没能自动登录：%1</source>
        <translation>机构已建立，但没能自动登录：%1</translation>
    </message>
    <message>
        <source>机构已建立（%1 项）。</source>
        <translation>机构已建立（%1 项）。</translation>
    </message>
    <message>
        <source>统一社会信用代码 %1</source>
        <translation>统一社会信用代码 %1</translation>
    </message>
    <message numerus="yes">
        <source>村（居委会）%n 个：</source>
        <translation><numerusform>村（居委会）%n 个：</numerusform></translation>
    </message>
    <message>
        <source>家庭医生团队</source>
        <translation>家庭医生团队</translation>
    </message>
    <message>
        <source>没有团队（以后可在“签约 → 团队”中建立）</source>
        <translation>没有团队（以后可在“签约 → 团队”中建立）</translation>
    </message>
    <message>
        <source>%1：负责 %2</source>
        <translation>%1：负责 %2</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>%1（%2，已登录）</source>
        <translation>%1（%2，已登录）</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>令牌已填写；按系统信任的证书验证平台</source>
        <translation>令牌已填写；按系统信任的证书验证平台</translation>
    </message>
    <message>
        <source>令牌已填写；CA 证书 %1</source>
        <translation>令牌已填写；CA 证书 %1</translation>
    </message>
    <message>
        <source>不连接（以后由管理员在“设置 → 区域平台”中填写）</source>
        <translation>不连接（以后由管理员在“设置 → 区域平台”中填写）</translation>
    </message>
    <message>
        <source>不导入（以后在“居民档案 → 导入”中导入）</source>
        <translation>不导入（以后在“居民档案 → 导入”中导入）</translation>
    </message>
    <message>
        <source>机构建立后打开“导入居民名单”：核对列对照、试运行，再导入。</source>
        <translation>机构建立后打开“导入居民名单”：核对列对照、试运行，再导入。</translation>
    </message>
    <message>
        <source>家医机构设置文件（docs/setup.md），由首次使用向导保存。用法：jiayi-cli setup --from %1 --db 数据库文件，或 jiayi --setup %1。每个账户的初始密码在同一文件夹的“用户名.password”文件中（首行为密码）；分发后请删除密码文件或妥善保管，用户首次登录后修改密码。</source>
        <translation>家医机构设置文件（docs/setup.md），由首次使用向导保存。用法：jiayi-cli setup --from %1 --db 数据库文件，或 jiayi --setup %1。每个账户的初始密码在同一文件夹的“用户名.password”文件中（首行为密码）；分发后请删除密码文件或妥善保管，用户首次登录后修改密码。</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>无法把 CA 证书复制到 %1</source>
        <translation>无法把 CA 证书复制到 %1</translation>
    </message>
    <message>
        <source>已保存到 %1：%2。</source>
        <translation>已保存到 %1：%2。</translation>
    </message>
    <message>
        <source>用前请在同一文件夹建立 %1（首行为管理员的密码）。</source>
        <translation>用前请在同一文件夹建立 %1（首行为管理员的密码）。</translation>
    </message>
    <message>
        <source>保存为设置文件</source>
        <translation>保存为设置文件</translation>
    </message>
    <message>
        <source>设置文件 (*.json)</source>
        <translation>设置文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>Gui::SignContractDialog</name>
    <message>
        <source>整户签约：%1 家</source>
        <translation>整户签约：%1 家</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>纸质协议已由双方签字</source>
        <translation>纸质协议已由双方签字</translation>
    </message>
    <message>
        <source>%1（%2 元/年）</source>
        <translation>%1（%2 元/年）</translation>
    </message>
    <message>
        <source>%1（建议）</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <source>签约团队(&amp;T)</source>
        <translation>签约团队(&amp;T)</translation>
    </message>
    <message>
        <source>签约医生(&amp;D)</source>
        <translation>签约医生(&amp;D)</translation>
    </message>
    <message>
        <source>服务包(&amp;P)</source>
        <translation>服务包(&amp;P)</translation>
    </message>
    <message>
        <source>%1（已签约）</source>
        <translation>%1（已签约）</translation>
    </message>
    <message>
        <source>签约成员(&amp;M)</source>
        <translation>签约成员(&amp;M)</translation>
    </message>
    <message>
        <source>家庭代表(&amp;R)</source>
        <translation>家庭代表(&amp;R)</translation>
    </message>
    <message>
        <source>人群标签</source>
        <translation>人群标签</translation>
    </message>
    <message>
        <source>按每位成员的年龄、慢病登记和人群登记自动确定</source>
        <translation>按每位成员的年龄、慢病登记和人群登记自动确定</translation>
    </message>
    <message>
        <source>人群标签(&amp;G)</source>
        <translation>人群标签(&amp;G)</translation>
    </message>
    <message>
        <source>签约日期(&amp;S)</source>
        <translation>签约日期(&amp;S)</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>签约期限</source>
        <translation>签约期限</translation>
    </message>
    <message>
        <source>签约方式(&amp;C)</source>
        <translation>签约方式(&amp;C)</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>%1（非本村团队）</source>
        <translation>%1（非本村团队）</translation>
    </message>
    <message>
        <source>请至少选择一位家庭成员</source>
        <translation>请至少选择一位家庭成员</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Gui::SignaturePanel</name>
    <message>
        <source>签名 (Ctrl+G)…</source>
        <translation>签名 (Ctrl+G)…</translation>
    </message>
    <message>
        <source>电子签名</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>未签名</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>本条是更正后的新版本，尚未签名（更正前的版本由 %1 于 %2 签名），需要重新签名</source>
        <translation>本条是更正后的新版本，尚未签名（更正前的版本由 %1 于 %2 签名），需要重新签名</translation>
    </message>
    <message>
        <source>%1（%2）于 %3 签名（%4）</source>
        <translation>%1（%2）于 %3 签名（%4）</translation>
    </message>
    <message>
        <source>已由 %1，签名后未被修改</source>
        <translation>已由 %1，签名后未被修改</translation>
    </message>
    <message>
        <source>签名无效：签名数据被篡改（%1）</source>
        <translation>签名无效：签名数据被篡改（%1）</translation>
    </message>
    <message>
        <source>签名后记录已被修改，需要重新签名（原签名：%1）</source>
        <translation>签名后记录已被修改，需要重新签名（原签名：%1）</translation>
    </message>
    <message>
        <source>重新签名 (Ctrl+G)…</source>
        <translation>重新签名 (Ctrl+G)…</translation>
    </message>
    <message>
        <source>签名表示您确认本条记录。请输入您（%1）的登录密码：</source>
        <translation>签名表示您确认本条记录。请输入您（%1）的登录密码：</translation>
    </message>
</context>
<context>
    <name>Gui::SummaryPrinter</name>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>居民健康档案摘要</source>
        <translation>居民健康档案摘要</translation>
    </message>
    <message>
        <source>本摘要由本人健康档案自动生成，供居民本人查看。仅列出最必要的信息。</source>
        <translation>本摘要由本人健康档案自动生成，供居民本人查看。仅列出最必要的信息。</translation>
    </message>
    <message>
        <source>一、个人健康标识</source>
        <translation>一、个人健康标识</translation>
    </message>
    <message>
        <source>二、个人基本信息</source>
        <translation>二、个人基本信息</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>健康档案编号</source>
        <translation>健康档案编号</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>血型</source>
        <translation>血型</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>药物过敏史</source>
        <translation>药物过敏史</translation>
    </message>
    <message>
        <source>家庭住址</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>紧急情况联系人</source>
        <translation>紧急情况联系人</translation>
    </message>
    <message>
        <source>建档机构</source>
        <translation>建档机构</translation>
    </message>
    <message>
        <source>三、近期卫生健康服务</source>
        <translation>三、近期卫生健康服务</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>打印日期：%1。二维码只含查询编号，不含任何健康信息；如需查看完整档案，请本人持身份证到签约家庭医生处申请。</source>
        <translation>打印日期：%1。二维码只含查询编号，不含任何健康信息；如需查看完整档案，请本人持身份证到签约家庭医生处申请。</translation>
    </message>
</context>
<context>
    <name>Gui::SyncPage</name>
    <message>
        <source>数据同步</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>同步(&amp;Y)</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>平台的理由</source>
        <translation>平台的理由</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>修改后重新发送(&amp;R)</source>
        <translation>修改后重新发送(&amp;R)</translation>
    </message>
    <message>
        <source>在居民档案中改正后，选中此处的记录重新发送；改正保存后也会自动随下次同步发送</source>
        <translation>在居民档案中改正后，选中此处的记录重新发送；改正保存后也会自动随下次同步发送</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>被拒记录</source>
        <translation>被拒记录</translation>
    </message>
    <message>
        <source>冲突（%1）</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>正在同步…可以继续工作</source>
        <translation>正在同步…可以继续工作</translation>
    </message>
    <message>
        <source>同步完成</source>
        <translation>同步完成</translation>
    </message>
    <message>
        <source>同步未完成：%1</source>
        <translation>同步未完成：%1</translation>
    </message>
    <message>
        <source>上传 %1 条，下载 %2 条，自动合并 %3 条，新冲突 %4 处，被拒 %5 条，暂缓 %6 条</source>
        <translation>上传 %1 条，下载 %2 条，自动合并 %3 条，新冲突 %4 处，被拒 %5 条，暂缓 %6 条</translation>
    </message>
    <message>
        <source>仍有 %1 条修改未上传</source>
        <translation>仍有 %1 条修改未上传</translation>
    </message>
    <message>
        <source>本机修改已全部上传</source>
        <translation>本机修改已全部上传</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>被拒记录（%1）</source>
        <translation>被拒记录（%1）</translation>
    </message>
    <message>
        <source>尚未配置区域平台：请系统管理员在“设置 → 区域平台”中填写平台地址和工作站令牌</source>
        <translation>尚未配置区域平台：请系统管理员在“设置 → 区域平台”中填写平台地址和工作站令牌</translation>
    </message>
    <message>
        <source>区域平台：%1</source>
        <translation>区域平台：%1</translation>
    </message>
    <message>
        <source>待上传：无</source>
        <translation>待上传：无</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>待上传：%1</source>
        <translation>待上传：%1</translation>
    </message>
    <message>
        <source>尚未配置区域平台，请系统管理员在“设置 → 区域平台”中填写</source>
        <translation>尚未配置区域平台，请系统管理员在“设置 → 区域平台”中填写</translation>
    </message>
    <message>
        <source>同步失败 %p%</source>
        <translation>同步失败 %p%</translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the items of a list</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Gui::SyncSettingsWidget</name>
    <message>
        <source>选择…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>关闭（只在按“同步”时）</source>
        <translation>关闭（只在按“同步”时）</translation>
    </message>
    <message>
        <source>在线时每隔这么久自动同步一次；0 为关闭</source>
        <translation>在线时每隔这么久自动同步一次；0 为关闭</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>平台地址(&amp;U)</source>
        <translation>平台地址(&amp;U)</translation>
    </message>
    <message>
        <source>工作站令牌(&amp;K)</source>
        <translation>工作站令牌(&amp;K)</translation>
    </message>
    <message>
        <source>CA 证书(&amp;A)</source>
        <translation>CA 证书(&amp;A)</translation>
    </message>
    <message>
        <source>自动同步间隔(&amp;I)</source>
        <translation>自动同步间隔(&amp;I)</translation>
    </message>
    <message>
        <source>区域平台</source>
        <translation>区域平台</translation>
    </message>
    <message>
        <source>选择 CA 证书</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt);;所有文件 (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>嘉医区域平台的地址，或任一 FHIR R4 服务器的基地址（如 https://fhir.example.cn/baseR4）；同步时读取其能力声明</source>
        <translation>嘉医区域平台的地址，或任一 FHIR R4 服务器的基地址（如 https://fhir.example.cn/baseR4）；同步时读取其能力声明</translation>
    </message>
</context>
<context>
    <name>Gui::SyncStatusWidget</name>
    <message>
        <source>同步状态不可用</source>
        <translation>同步状态不可用</translation>
    </message>
    <message>
        <source>未配置区域平台</source>
        <translation>未配置区域平台</translation>
    </message>
    <message>
        <source>正在检查网络</source>
        <translation>正在检查网络</translation>
    </message>
    <message>
        <source>● 在线</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>○ 离线</source>
        <translation>○ 离线</translation>
    </message>
    <message>
        <source>未上传 %1 条</source>
        <translation>未上传 %1 条</translation>
    </message>
    <message>
        <source>无未上传修改</source>
        <translation>无未上传修改</translation>
    </message>
    <message>
        <source>冲突 %1 处</source>
        <translation>冲突 %1 处</translation>
    </message>
    <message>
        <source>被拒 %1 条</source>
        <translation>被拒 %1 条</translation>
    </message>
    <message>
        <source>上次完整同步 %1</source>
        <translation>上次完整同步 %1</translation>
    </message>
    <message>
        <source>从未完整同步</source>
        <translation>从未完整同步</translation>
    </message>
    <message>
        <source>本机时钟偏差 %1 分钟</source>
        <translation>本机时钟偏差 %1 分钟</translation>
    </message>
    <message>
        <source>上次同步出错：%1</source>
        <translation>上次同步出错：%1</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>未上传：%1</source>
        <translation>未上传：%1</translation>
    </message>
    <message>
        <source>✕ 同步失败（自 %1 起）：%2</source>
        <translation>✕ 同步失败（自 %1 起）：%2</translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the items of a list</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Gui::TablePdf</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>Gui::TbDosesDialog</name>
    <message>
        <source>服药记录</source>
        <translation>服药记录</translation>
    </message>
    <message>
        <source>%1　第 %2 天</source>
        <translation>%1　第 %2 天</translation>
    </message>
    <message>
        <source>督导人员记录</source>
        <translation>督导人员记录</translation>
    </message>
    <message>
        <source>患者服药卡</source>
        <translation>患者服药卡</translation>
    </message>
    <message>
        <source>记录来源</source>
        <translation>记录来源</translation>
    </message>
    <message>
        <source>应服药 %1 次，已服 %2 次，漏服 %3 次（%4%）　%5。空格键勾选当天已服药。</source>
        <translation>应服药 %1 次，已服 %2 次，漏服 %3 次（%4%）　%5。空格键勾选当天已服药。</translation>
    </message>
    <message>
        <source>规则服药</source>
        <translation>规则服药</translation>
    </message>
    <message>
        <source>未达规则服药</source>
        <translation>未达规则服药</translation>
    </message>
</context>
<context>
    <name>Gui::TbPatientDialog</name>
    <message>
        <source>肺结核患者管理</source>
        <translation>肺结核患者管理</translation>
    </message>
    <message>
        <source>登记(&amp;R)</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>第一次入户随访(&amp;F)</source>
        <translation>第一次入户随访(&amp;F)</translation>
    </message>
    <message>
        <source>服药记录(&amp;D)</source>
        <translation>服药记录(&amp;D)</translation>
    </message>
    <message>
        <source>随访(&amp;V)</source>
        <translation>随访(&amp;V)</translation>
    </message>
    <message>
        <source>结案评估(&amp;E)</source>
        <translation>结案评估(&amp;E)</translation>
    </message>
    <message>
        <source>该居民不在肺结核患者管理中。接到定点医疗机构的通知后登记。</source>
        <translation>该居民不在肺结核患者管理中。接到定点医疗机构的通知后登记。</translation>
    </message>
    <message>
        <source>化疗方案 &lt;b&gt;%1&lt;/b&gt;，强化期 %2 至 %3，继续期至 %4，%5督导。</source>
        <translation>化疗方案 &lt;b&gt;%1&lt;/b&gt;，强化期 %2 至 %3，继续期至 %4，%5督导。</translation>
    </message>
    <message>
        <source>截至今天应服药 %1 次，实服 %2 次，漏服 %3 次（%4%）。</source>
        <translation>截至今天应服药 %1 次，实服 %2 次，漏服 %3 次（%4%）。</translation>
    </message>
    <message>
        <source>下次随访：%1</source>
        <translation>下次随访：%1</translation>
    </message>
    <message>
        <source>第一次入户随访应在 %1 前完成。</source>
        <translation>第一次入户随访应在 %1 前完成。</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 次漏服，请核实并督促服药。</source>
        <translation><numerusform>有 %n 次漏服，请核实并督促服药。</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::TbRegistrationDialog</name>
    <message>
        <source>肺结核患者登记</source>
        <translation>肺结核患者登记</translation>
    </message>
    <message>
        <source>接到通知时间(&amp;T)</source>
        <translation>接到通知时间(&amp;T)</translation>
    </message>
    <message>
        <source>结核病定点医疗机构</source>
        <translation>结核病定点医疗机构</translation>
    </message>
    <message>
        <source>通知单位</source>
        <translation>通知单位</translation>
    </message>
    <message>
        <source>初治</source>
        <translation>初治</translation>
    </message>
    <message>
        <source>复治</source>
        <translation>复治</translation>
    </message>
    <message>
        <source>耐药</source>
        <translation>耐药</translation>
    </message>
    <message>
        <source>患者类型</source>
        <translation>患者类型</translation>
    </message>
    <message>
        <source>化疗方案(&amp;R)</source>
        <translation>化疗方案(&amp;R)</translation>
    </message>
    <message>
        <source>强化期开始</source>
        <translation>强化期开始</translation>
    </message>
    <message>
        <source>强化期结束</source>
        <translation>强化期结束</translation>
    </message>
    <message>
        <source>继续期结束</source>
        <translation>继续期结束</translation>
    </message>
    <message>
        <source>日期按定点医疗机构的通知填写。</source>
        <translation>日期按定点医疗机构的通知填写。</translation>
    </message>
    <message>
        <source>督导方式(&amp;S)</source>
        <translation>督导方式(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Gui::TbScreenDialog</name>
    <message>
        <source>肺结核可疑者筛查</source>
        <translation>肺结核可疑者筛查</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>咳嗽、咳痰天数(&amp;C)</source>
        <translation>咳嗽、咳痰天数(&amp;C)</translation>
    </message>
    <message>
        <source>其他症状</source>
        <translation>其他症状</translation>
    </message>
    <message>
        <source>推介转诊(&amp;R)…</source>
        <translation>推介转诊(&amp;R)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;肺结核可疑者&lt;/b&gt;：请推介转诊到结核病定点医疗机构，并在一周内随访是否到位。</source>
        <translation>&lt;b&gt;肺结核可疑者&lt;/b&gt;：请推介转诊到结核病定点医疗机构，并在一周内随访是否到位。</translation>
    </message>
    <message>
        <source>未达到可疑者标准（咳嗽、咳痰%1天及以上，或有所列症状之一）。</source>
        <translation>未达到可疑者标准（咳嗽、咳痰%1天及以上，或有所列症状之一）。</translation>
    </message>
</context>
<context>
    <name>Gui::TbVisitDialog</name>
    <message>
        <source>肺结核第一次入户随访</source>
        <translation>肺结核第一次入户随访</translation>
    </message>
    <message>
        <source>肺结核结案评估</source>
        <translation>肺结核结案评估</translation>
    </message>
    <message>
        <source>肺结核随访</source>
        <translation>肺结核随访</translation>
    </message>
    <message>
        <source>随访时间(&amp;T)</source>
        <translation>随访时间(&amp;T)</translation>
    </message>
    <message>
        <source>见到患者</source>
        <translation>见到患者</translation>
    </message>
    <message>
        <source>咳嗽咳痰、咯血、发热、胸痛…</source>
        <translation>咳嗽咳痰、咯血、发热、胸痛…</translation>
    </message>
    <message>
        <source>症状及体征</source>
        <translation>症状及体征</translation>
    </message>
    <message>
        <source>药物不良反应</source>
        <translation>药物不良反应</translation>
    </message>
    <message>
        <source>治愈</source>
        <translation>治愈</translation>
    </message>
    <message>
        <source>完成疗程</source>
        <translation>完成疗程</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>失访</source>
        <translation>失访</translation>
    </message>
    <message>
        <source>转出</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>停止治疗原因</source>
        <translation>停止治疗原因</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>下次随访日期(&amp;N)</source>
        <translation>下次随访日期(&amp;N)</translation>
    </message>
    <message>
        <source>转诊（保存后填写转诊单）</source>
        <translation>转诊（保存后填写转诊单）</translation>
    </message>
    <message>
        <source>督导方式：%1</source>
        <translation>督导方式：%1</translation>
    </message>
    <message>
        <source>应在 %1 前入户（接到通知后 %2 小时内）：按时</source>
        <translation>应在 %1 前入户（接到通知后 %2 小时内）：按时</translation>
    </message>
    <message>
        <source>应在 %1 前入户（接到通知后 %2 小时内）：已超时，未见到患者时请向定点医疗机构报告</source>
        <translation>应在 %1 前入户（接到通知后 %2 小时内）：已超时，未见到患者时请向定点医疗机构报告</translation>
    </message>
</context>
<context>
    <name>Gui::TcmActions</name>
    <message>
        <source>中医体质辨识（65岁及以上）</source>
        <translation>中医体质辨识（65岁及以上）</translation>
    </message>
    <message>
        <source>儿童中医药健康管理（6～36月龄）</source>
        <translation>儿童中医药健康管理（6～36月龄）</translation>
    </message>
    <message>
        <source>打印中医药健康管理服务记录表</source>
        <translation>打印中医药健康管理服务记录表</translation>
    </message>
</context>
<context>
    <name>Gui::TcmAssessmentDialog</name>
    <message>
        <source>老年人中医药健康管理服务记录表</source>
        <translation>老年人中医药健康管理服务记录表</translation>
    </message>
    <message>
        <source>未测</source>
        <translation>未测</translation>
    </message>
    <message>
        <source> 厘米</source>
        <translation> 厘米</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>体质指数（第9题）</source>
        <translation>体质指数（第9题）</translation>
    </message>
    <message>
        <source>腰围（第28题）</source>
        <translation>腰围（第28题）</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>答案</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>按数字键 1～5 作答并进入下一题；↑↓ 换题。请按居民平时的情况回答，不要诱导。</source>
        <translation>按数字键 1～5 作答并进入下一题；↑↓ 换题。请按居民平时的情况回答，不要诱导。</translation>
    </message>
    <message>
        <source>体质</source>
        <translation>体质</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>判定</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>中医药保健指导</source>
        <translation>中医药保健指导</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>第 %1 题，共 %2 题</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>已答 %1 题，还有 %2 题</source>
        <translation>已答 %1 题，还有 %2 题</translation>
    </message>
    <message>
        <source>体质：无法判定</source>
        <translation>体质：无法判定</translation>
    </message>
    <message>
        <source>体质：%1</source>
        <translation>体质：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>；按%1指导</source>
        <translation>；按%1指导</translation>
    </message>
    <message>
        <source>。得分相同，请中医师判定</source>
        <translation>。得分相同，请中医师判定</translation>
    </message>
    <message>
        <source>。无法判定体质，请查找原因或 %1 天后重新采集</source>
        <translation>。无法判定体质，请查找原因或 %1 天后重新采集</translation>
    </message>
    <message>
        <source>。阴虚质与阳虚质同时为“是”，请重新核对答案</source>
        <translation>。阴虚质与阳虚质同时为“是”，请重新核对答案</translation>
    </message>
</context>
<context>
    <name>Gui::TcmChildDialog</name>
    <message>
        <source>儿童中医药健康管理服务记录</source>
        <translation>儿童中医药健康管理服务记录</translation>
    </message>
    <message>
        <source>%1 月龄</source>
        <translation>%1 月龄</translation>
    </message>
    <message>
        <source>月龄</source>
        <translation>月龄</translation>
    </message>
    <message>
        <source>随访日期</source>
        <translation>随访日期</translation>
    </message>
    <message>
        <source>本月龄穴位按揉方法</source>
        <translation>本月龄穴位按揉方法</translation>
    </message>
    <message>
        <source>中医药健康管理服务</source>
        <translation>中医药健康管理服务</translation>
    </message>
    <message>
        <source>选了“其他”时写明</source>
        <translation>选了“其他”时写明</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Gui::TeamAdminWidget</name>
    <message>
        <source>新建团队(&amp;N)</source>
        <translation>新建团队(&amp;N)</translation>
    </message>
    <message>
        <source>保存团队</source>
        <translation>保存团队</translation>
    </message>
    <message>
        <source>添加成员…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>停用成员</source>
        <translation>停用成员</translation>
    </message>
    <message>
        <source>团队名称</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <source>所属机构</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>服务的村</source>
        <translation>服务的村</translation>
    </message>
    <message>
        <source>团队成员</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source> [已停用]</source>
        <translation> [已停用]</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>请先保存团队</source>
        <translation>请先保存团队</translation>
    </message>
    <message>
        <source>添加团队成员</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>Gui::TeamsPage</name>
    <message>
        <source>家庭医生团队</source>
        <translation>家庭医生团队</translation>
    </message>
    <message>
        <source>每个团队负责哪些村，团队里有哪些家庭医生和乡村医生。</source>
        <translation>每个团队负责哪些村，团队里有哪些家庭医生和乡村医生。</translation>
    </message>
    <message>
        <source>团队(&amp;T)</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>新增团队(&amp;A)</source>
        <translation>新增团队(&amp;A)</translation>
    </message>
    <message>
        <source>删除团队(&amp;R)</source>
        <translation>删除团队(&amp;R)</translation>
    </message>
    <message>
        <source>每位成员都会得到一个登录账户；乡村医生只能看到本团队负责的村。用户名按姓名拼音自动填写，初始密码自动生成，都可以修改；请把用户名和初始密码告诉本人，首次登录后修改密码。团队以后可在“签约”中增减。</source>
        <translation>每位成员都会得到一个登录账户；乡村医生只能看到本团队负责的村。用户名按姓名拼音自动填写，初始密码自动生成，都可以修改；请把用户名和初始密码告诉本人，首次登录后修改密码。团队以后可在“签约”中增减。</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>删除成员(&amp;D)</source>
        <translation>删除成员(&amp;D)</translation>
    </message>
    <message>
        <source>团队名称(&amp;M)</source>
        <translation>团队名称(&amp;M)</translation>
    </message>
    <message>
        <source>负责的村(&amp;V)</source>
        <translation>负责的村(&amp;V)</translation>
    </message>
    <message>
        <source>成员(&amp;E)</source>
        <translation>成员(&amp;E)</translation>
    </message>
    <message>
        <source>（未命名团队）</source>
        <translation>（未命名团队）</translation>
    </message>
    <message>
        <source>%1家庭医生团队</source>
        <translation>%1家庭医生团队</translation>
    </message>
    <message>
        <source>请勾选团队负责的村</source>
        <translation>请勾选团队负责的村</translation>
    </message>
    <message>
        <source>团队 %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>%1 第 %2 行%3</source>
        <translation>%1 第 %2 行%3</translation>
    </message>
    <message>
        <source>%1 名称</source>
        <translation>%1 名称</translation>
    </message>
    <message>
        <source>%1 负责的村</source>
        <translation>%1 负责的村</translation>
    </message>
</context>
<context>
    <name>Gui::TerminateContractDialog</name>
    <message>
        <source>解约</source>
        <translation>解约</translation>
    </message>
    <message>
        <source>解约原因(&amp;R)</source>
        <translation>解约原因(&amp;R)</translation>
    </message>
    <message>
        <source>解约日期(&amp;D)</source>
        <translation>解约日期(&amp;D)</translation>
    </message>
    <message>
        <source>说明(&amp;N)</source>
        <translation>说明(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Gui::TransferDialog</name>
    <message>
        <source>档案迁入申请</source>
        <translation>档案迁入申请</translation>
    </message>
    <message>
        <source>同意迁出(&amp;A)</source>
        <translation>同意迁出(&amp;A)</translation>
    </message>
    <message>
        <source>拒绝(&amp;D)</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>其他村申请迁入以下居民的档案。同意后，档案（含全部记录）迁到申请的村，并记入审计日志。</source>
        <translation>其他村申请迁入以下居民的档案。同意后，档案（含全部记录）迁到申请的村，并记入审计日志。</translation>
    </message>
    <message>
        <source>%1（档案号 %2）：%3 → %4，%5 申请于 %6</source>
        <translation>%1（档案号 %2）：%3 → %4，%5 申请于 %6</translation>
    </message>
    <message>
        <source>没有待处理的迁入申请</source>
        <translation>没有待处理的迁入申请</translation>
    </message>
    <message>
        <source>已同意，档案已迁出</source>
        <translation>已同意，档案已迁出</translation>
    </message>
    <message>
        <source>已拒绝该申请</source>
        <translation>已拒绝该申请</translation>
    </message>
</context>
<context>
    <name>Gui::TrendChart</name>
    <message>
        <source>近 1 年</source>
        <translation>近 1 年</translation>
    </message>
    <message>
        <source>近 3 年</source>
        <translation>近 3 年</translation>
    </message>
    <message>
        <source>近 5 年</source>
        <translation>近 5 年</translation>
    </message>
    <message>
        <source>近 10 年</source>
        <translation>近 10 年</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>时间范围</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>%1：%2 至 %3，共 %4 次随访</source>
        <translation>%1：%2 至 %3，共 %4 次随访</translation>
    </message>
    <message>
        <source>血压 (mmHg)</source>
        <translation>血压 (mmHg)</translation>
    </message>
    <message>
        <source>收缩压</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>控制满意</source>
        <translation>控制满意</translation>
    </message>
    <message>
        <source>不满意/不良反应/并发症</source>
        <translation>不满意/不良反应/并发症</translation>
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
        <translation>空腹血糖 (mmol/L)</translation>
    </message>
    <message>
        <source>空腹血糖</source>
        <translation>空腹血糖</translation>
    </message>
    <message>
        <source>7.0</source>
        <translation>7.0</translation>
    </message>
    <message>
        <source>体重 (kg) 与 BMI</source>
        <translation>体重 (kg) 与 BMI</translation>
    </message>
    <message>
        <source>体重</source>
        <translation>体重</translation>
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
        <translation>新建用户</translation>
    </message>
    <message>
        <source>修改用户：%1</source>
        <translation>修改用户：%1</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>角色(&amp;R)</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>负责的村(&amp;V)</source>
        <translation>负责的村(&amp;V)</translation>
    </message>
    <message>
        <source>乡村医生只能看到勾选的村；其他角色不勾选表示全部村</source>
        <translation>乡村医生只能看到勾选的村；其他角色不勾选表示全部村</translation>
    </message>
    <message>
        <source>团队(&amp;T)</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>初始密码(&amp;P)</source>
        <translation>初始密码(&amp;P)</translation>
    </message>
    <message>
        <source>再次输入(&amp;A)</source>
        <translation>再次输入(&amp;A)</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Gui::UsersPage</name>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>负责的村</source>
        <translation>负责的村</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>上次登录</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>新建用户(&amp;N)…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>修改(&amp;E)…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>重置密码(&amp;R)…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>停用/启用(&amp;D)</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>共 %1 个用户</source>
        <translation>共 %1 个用户</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>%1 的新密码：</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>已重置 %1 的密码（其签名密钥将在下次登录时重新生成）</source>
        <translation>已重置 %1 的密码（其签名密钥将在下次登录时重新生成）</translation>
    </message>
</context>
<context>
    <name>Gui::VillageBarChart</name>
    <message>
        <source>各村比较</source>
        <translation>各村比较</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>接近目标</source>
        <translation>接近目标</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>未设目标</source>
        <translation>未设目标</translation>
    </message>
</context>
<context>
    <name>Gui::VitalSignsEdit</name>
    <message>
        <source>血压</source>
        <translation>血压</translation>
    </message>
</context>
<context>
    <name>Gui::WelcomePage</name>
    <message>
        <source>欢迎使用家医</source>
        <translation>欢迎使用家医</translation>
    </message>
    <message>
        <source>本机的数据库还没有建立机构。</source>
        <translation>本机的数据库还没有建立机构。</translation>
    </message>
    <message>
        <source>&lt;p&gt;接下来几步填写本机构的基本信息：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;机构名称和统一社会信用代码&lt;/li&gt;&lt;li&gt;乡镇（街道）和所辖的村（居委会），带统计用区划代码&lt;/li&gt;&lt;li&gt;家庭医生团队、团队成员和各团队负责的村&lt;/li&gt;&lt;li&gt;系统管理员账户&lt;/li&gt;&lt;li&gt;区域平台连接（可以以后再填）&lt;/li&gt;&lt;li&gt;居民名单（可以以后再导入）&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;最后一步核对后一次写入；任何一步出错都不会留下改动，中途取消也一样。&lt;/p&gt;&lt;p&gt;已有机构设置文件（clinic.json）时，也可以不用向导：&lt;br/&gt;&lt;code&gt;jiayi --setup clinic.json&lt;/code&gt; 或 &lt;code&gt;jiayi-cli setup --from clinic.json&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;键盘：Enter 下一步，Alt+B 上一步，Tab 在各项之间移动，Esc 取消。&lt;/p&gt;</source>
        <translation>&lt;p&gt;接下来几步填写本机构的基本信息：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;机构名称和统一社会信用代码&lt;/li&gt;&lt;li&gt;乡镇（街道）和所辖的村（居委会），带统计用区划代码&lt;/li&gt;&lt;li&gt;家庭医生团队、团队成员和各团队负责的村&lt;/li&gt;&lt;li&gt;系统管理员账户&lt;/li&gt;&lt;li&gt;区域平台连接（可以以后再填）&lt;/li&gt;&lt;li&gt;居民名单（可以以后再导入）&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;最后一步核对后一次写入；任何一步出错都不会留下改动，中途取消也一样。&lt;/p&gt;&lt;p&gt;已有机构设置文件（clinic.json）时，也可以不用向导：&lt;br/&gt;&lt;code&gt;jiayi --setup clinic.json&lt;/code&gt; 或 &lt;code&gt;jiayi-cli setup --from clinic.json&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;键盘：Enter 下一步，Alt+B 上一步，Tab 在各项之间移动，Esc 取消。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Gui::WorkListWidget</name>
    <message>
        <source>全部村（居委会）</source>
        <translation>全部村（居委会）</translation>
    </message>
    <message>
        <source>全部团队</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>到期月份</source>
        <translation>到期月份</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>本月到期签约</source>
        <translation>本月到期签约</translation>
    </message>
    <message>
        <source>未签约的重点人群</source>
        <translation>未签约的重点人群</translation>
    </message>
    <message>
        <source>部分成员签约的家庭</source>
        <translation>部分成员签约的家庭</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation><numerusform>共 %n 条</numerusform></translation>
    </message>
    <message>
        <source>范围</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>打印日期</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>共计</source>
        <translation>共计</translation>
    </message>
    <message numerus="yes">
        <source>%n 条</source>
        <translation><numerusform>%n 条</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::WorklistPage</name>
    <message>
        <source>该居民没有在管的慢病登记，请先登记</source>
        <translation>该居民没有在管的慢病登记，请先登记</translation>
    </message>
    <message>
        <source>全部项目</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>本机待办</source>
        <translation>本机待办</translation>
    </message>
    <message>
        <source>只看逾期(&amp;O)</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>打印走访单 (Ctrl+P)</source>
        <translation>打印走访单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Enter 打开该项的表单，保存后该项移出清单；F5 刷新；Ctrl+P 打印走访单</source>
        <translation>Enter 打开该项的表单，保存后该项移出清单；F5 刷新；Ctrl+P 打印走访单</translation>
    </message>
    <message>
        <source>村(&amp;V)</source>
        <translation>村(&amp;V)</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>项目(&amp;J)</source>
        <translation>项目(&amp;J)</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>打印走访单</source>
        <translation>打印走访单</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>我负责的全部村</source>
        <translation>我负责的全部村</translation>
    </message>
    <message>
        <source>正在生成清单……</source>
        <translation>正在生成清单……</translation>
    </message>
    <message>
        <source>已停止生成清单</source>
        <translation>已停止生成清单</translation>
    </message>
    <message>
        <source>%1 %2（逾期 %3）</source>
        <translation>%1 %2（逾期 %3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2：没有到期或逾期的工作</source>
        <translation>%1 %2：没有到期或逾期的工作</translation>
    </message>
    <message>
        <source>%1 %2：共 %3 项，其中逾期 %4 项　｜　%5</source>
        <translation>%1 %2：共 %3 项，其中逾期 %4 项　｜　%5</translation>
    </message>
    <message>
        <source>您的角色无权查看：%1</source>
        <translation>您的角色无权查看：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>此项没有可打开的表单</source>
        <translation>此项没有可打开的表单</translation>
    </message>
    <message>
        <source>入户走访单</source>
        <translation>入户走访单</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>今日工作清单</source>
        <translation>今日工作清单</translation>
    </message>
    <message>
        <source>村</source>
        <translation>村</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>这一项的表单不可用</source>
        <translation>这一项的表单不可用</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>该居民在 %1 至 %2 已与「%3」签约（协议号 %4）；同一时间只能与一个家庭医生团队签约</source>
        <translation>该居民在 %1 至 %2 已与「%3」签约（协议号 %4）；同一时间只能与一个家庭医生团队签约</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>读取签约数据失败</source>
        <translation>读取签约数据失败</translation>
    </message>
</context>
<context>
    <name>Models::AuditListModel</name>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>去标识化导出</source>
        <translation>去标识化导出</translation>
    </message>
    <message>
        <source>电子签名</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>导入名单</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>导出名单</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <source>排除重复档案</source>
        <translation>排除重复档案</translation>
    </message>
    <message>
        <source>接种规则例外</source>
        <translation>接种规则例外</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>修改备份计划</source>
        <translation>修改备份计划</translation>
    </message>
    <message>
        <source>校验备份</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>同步设置</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>慢病登记</source>
        <translation>慢病登记</translation>
    </message>
    <message>
        <source>慢病目标人群</source>
        <translation>慢病目标人群</translation>
    </message>
    <message>
        <source>接种记录</source>
        <translation>接种记录</translation>
    </message>
    <message>
        <source>疫苗批号</source>
        <translation>疫苗批号</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>签约团队</source>
        <translation>签约团队</translation>
    </message>
    <message>
        <source>服务包</source>
        <translation>服务包</translation>
    </message>
    <message>
        <source>档案合并</source>
        <translation>档案合并</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>备份计划</source>
        <translation>备份计划</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>个人基本信息表</source>
        <translation>个人基本信息表</translation>
    </message>
    <message>
        <source>健康体检表</source>
        <translation>健康体检表</translation>
    </message>
    <message>
        <source>接诊记录</source>
        <translation>接诊记录</translation>
    </message>
    <message>
        <source>慢病随访记录</source>
        <translation>慢病随访记录</translation>
    </message>
    <message>
        <source>经过</source>
        <translation>经过</translation>
    </message>
</context>
<context>
    <name>Models::AuditRepository</name>
    <message>
        <source>审计日志第 %1 条记录缺失（被删除）</source>
        <translation>审计日志第 %1 条记录缺失（被删除）</translation>
    </message>
    <message>
        <source>审计日志第 %1 条记录被修改（内容与其哈希不符）</source>
        <translation>审计日志第 %1 条记录被修改（内容与其哈希不符）</translation>
    </message>
    <message>
        <source>审计日志在第 %1 条处断链（前一条记录被修改或删除）</source>
        <translation>审计日志在第 %1 条处断链（前一条记录被修改或删除）</translation>
    </message>
    <message>
        <source>审计日志末尾的第 %1 至 %2 条记录缺失（被删除）</source>
        <translation>审计日志末尾的第 %1 至 %2 条记录缺失（被删除）</translation>
    </message>
    <message>
        <source>审计日志完整：共 %1 条，哈希链无断裂</source>
        <translation>审计日志完整：共 %1 条，哈希链无断裂</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>时间(UTC)</source>
        <translation>时间(UTC)</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>对象ID</source>
        <translation>对象ID</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>哈希</source>
        <translation>哈希</translation>
    </message>
</context>
<context>
    <name>Models::AuditSentences</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>诊断 %1</source>
        <translation>诊断 %1</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg</source>
        <translation>血压 %1/%2 mmHg</translation>
    </message>
    <message>
        <source>体检日期 %1</source>
        <translation>体检日期 %1</translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 的居民档案</source>
        <extracomment>"王医生 查看 马帆 的居民档案"</extracomment>
        <translation>%1 %2 %3 的居民档案</translation>
    </message>
    <message>
        <source>%1 %2 %3 的%4</source>
        <extracomment>"王医生 新建 马帆 的接诊记录"</extracomment>
        <translation>%1 %2 %3 的%4</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <extracomment>"管理员 新建 用户"</extracomment>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>注销档案</source>
        <translation>注销档案</translation>
    </message>
    <message>
        <source>迁入</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>恢复档案</source>
        <translation>恢复档案</translation>
    </message>
    <message>
        <source>档案状态：%1 %2（%3）</source>
        <extracomment>"档案状态：死亡 2026-11-02（脑卒中）"</extracomment>
        <translation>档案状态：%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>Models::BackupScheduler</name>
    <message>
        <source>请选择备份文件夹</source>
        <translation>请选择备份文件夹</translation>
    </message>
    <message>
        <source>间隔应为 1 到 168 小时</source>
        <translation>间隔应为 1 到 168 小时</translation>
    </message>
    <message>
        <source>请填写备份时间</source>
        <translation>请填写备份时间</translation>
    </message>
    <message>
        <source>保留份数应为 1 到 365</source>
        <translation>保留份数应为 1 到 365</translation>
    </message>
    <message>
        <source>请设置备份密码（自动备份用它加密，恢复时需要）</source>
        <translation>请设置备份密码（自动备份用它加密，恢复时需要）</translation>
    </message>
    <message>
        <source>无法创建备份文件夹：%1</source>
        <translation>无法创建备份文件夹：%1</translation>
    </message>
    <message>
        <source>新备份校验失败，旧备份均已保留：%1</source>
        <translation>新备份校验失败，旧备份均已保留：%1</translation>
    </message>
    <message>
        <source>没有设置自动备份计划（设置 → 备份）</source>
        <translation>没有设置自动备份计划（设置 → 备份）</translation>
    </message>
</context>
<context>
    <name>Models::BackupService</name>
    <message>
        <source>无法读写文件：%1</source>
        <translation>无法读写文件：%1</translation>
    </message>
    <message>
        <source>备份文件已损坏或被篡改，未做任何恢复</source>
        <translation>备份文件已损坏或被篡改，未做任何恢复</translation>
    </message>
    <message>
        <source>不是家医备份文件</source>
        <translation>不是家医备份文件</translation>
    </message>
    <message>
        <source>备份密码至少需要 8 个字符</source>
        <translation>备份密码至少需要 8 个字符</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>数据库文件不存在：%1</translation>
    </message>
    <message>
        <source>备份文件不能覆盖数据库本身</source>
        <translation>备份文件不能覆盖数据库本身</translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>备份已取消</source>
        <translation>备份已取消</translation>
    </message>
    <message>
        <source>备份失败：无法读取数据库</source>
        <translation>备份失败：无法读取数据库</translation>
    </message>
    <message>
        <source>备份密码或恢复密钥不正确</source>
        <translation>备份密码或恢复密钥不正确</translation>
    </message>
    <message>
        <source>备份来自更新版本的家医（结构版本 %1），请先升级软件</source>
        <translation>备份来自更新版本的家医（结构版本 %1），请先升级软件</translation>
    </message>
    <message>
        <source>无法生成备份密钥</source>
        <translation>无法生成备份密钥</translation>
    </message>
    <message>
        <source>备份计划的密钥无效，请重新设置备份密码</source>
        <translation>备份计划的密钥无效，请重新设置备份密码</translation>
    </message>
</context>
<context>
    <name>Models::BehindModel</name>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>村</source>
        <translation>村</translation>
    </message>
    <message>
        <source>逾期剂次</source>
        <translation>逾期剂次</translation>
    </message>
    <message>
        <source>最长逾期天数</source>
        <translation>最长逾期天数</translation>
    </message>
    <message>
        <source>逾期疫苗</source>
        <translation>逾期疫苗</translation>
    </message>
</context>
<context>
    <name>Models::CareTimelineSources</name>
    <message>
        <source>2型糖尿病</source>
        <translation>2型糖尿病</translation>
    </message>
    <message>
        <source>高血压</source>
        <translation>高血压</translation>
    </message>
    <message>
        <source>控制满意</source>
        <translation>控制满意</translation>
    </message>
    <message>
        <source>控制不满意</source>
        <translation>控制不满意</translation>
    </message>
    <message>
        <source>不良反应</source>
        <translation>不良反应</translation>
    </message>
    <message>
        <source>并发症</source>
        <translation>并发症</translation>
    </message>
    <message>
        <source>空腹血糖 %1 mmol/L</source>
        <translation>空腹血糖 %1 mmol/L</translation>
    </message>
    <message>
        <source>，紧急转诊</source>
        <translation>，紧急转诊</translation>
    </message>
    <message>
        <source>病种</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>测量</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>此次随访分类</source>
        <translation>此次随访分类</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>%1随访</source>
        <translation>%1随访</translation>
    </message>
    <message>
        <source>（外单位/补录）</source>
        <translation>（外单位/补录）</translation>
    </message>
    <message>
        <source>疫苗</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>疫苗编码</source>
        <translation>疫苗编码</translation>
    </message>
    <message>
        <source>生产企业</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>部位</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>途径</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>接种单位</source>
        <translation>接种单位</translation>
    </message>
    <message>
        <source>接种者</source>
        <translation>接种者</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>预防接种</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>，%1 解约</source>
        <translation>，%1 解约</translation>
    </message>
    <message>
        <source>协议号</source>
        <translation>协议号</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>服务期</source>
        <translation>服务期</translation>
    </message>
    <message>
        <source>解约日期</source>
        <translation>解约日期</translation>
    </message>
    <message>
        <source>人群标签</source>
        <translation>人群标签</translation>
    </message>
    <message>
        <source>家庭医生签约</source>
        <translation>家庭医生签约</translation>
    </message>
    <message>
        <source>%1 第%2剂</source>
        <extracomment>a dose on the timeline: "乙肝疫苗 第2剂"</extracomment>
        <translation>%1 第%2剂</translation>
    </message>
    <message>
        <source>剂次</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>第%1剂</source>
        <translation>第%1剂</translation>
    </message>
</context>
<context>
    <name>Models::ChildCheckRepository</name>
    <message>
        <source>新生儿家庭访视</source>
        <translation>新生儿家庭访视</translation>
    </message>
    <message>
        <source>1～8月龄儿童健康检查</source>
        <translation>1～8月龄儿童健康检查</translation>
    </message>
    <message>
        <source>12～30月龄儿童健康检查</source>
        <translation>12～30月龄儿童健康检查</translation>
    </message>
    <message>
        <source>3～6岁儿童健康检查</source>
        <translation>3～6岁儿童健康检查</translation>
    </message>
    <message>
        <source>儿童健康检查（增加）</source>
        <translation>儿童健康检查（增加）</translation>
    </message>
    <message>
        <source>找不到该儿童</source>
        <translation>找不到该儿童</translation>
    </message>
    <message>
        <source>请填写随访日期</source>
        <translation>请填写随访日期</translation>
    </message>
    <message>
        <source>该儿童的档案已在此日期前关闭</source>
        <translation>该儿童的档案已在此日期前关闭</translation>
    </message>
    <message>
        <source>儿童健康管理只到7岁前</source>
        <translation>儿童健康管理只到7岁前</translation>
    </message>
    <message>
        <source>随访日期应在出生日期与今天之间</source>
        <translation>随访日期应在出生日期与今天之间</translation>
    </message>
    <message>
        <source>血红蛋白应在 30–250 g/L 之间</source>
        <translation>血红蛋白应在 30–250 g/L 之间</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次</source>
        <translation>下次随访日期应晚于本次</translation>
    </message>
    <message>
        <source>表单类型有误</source>
        <translation>表单类型有误</translation>
    </message>
</context>
<context>
    <name>Models::ChildTimeline</name>
    <message>
        <source>体重 %1 kg</source>
        <translation>体重 %1 kg</translation>
    </message>
    <message>
        <source>身高 %1 cm</source>
        <translation>身高 %1 cm</translation>
    </message>
    <message>
        <source>身长 %1 cm</source>
        <translation>身长 %1 cm</translation>
    </message>
    <message>
        <source>头围 %1 cm</source>
        <translation>头围 %1 cm</translation>
    </message>
    <message>
        <source>年龄别体重 Z=%1 </source>
        <translation>年龄别体重 Z=%1 </translation>
    </message>
    <message>
        <source>年龄别身长/身高 Z=%1</source>
        <translation>年龄别身长/身高 Z=%1</translation>
    </message>
    <message>
        <source>测量</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>生长评价</source>
        <translation>生长评价</translation>
    </message>
    <message>
        <source>生长标记</source>
        <translation>生长标记</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>读取儿童健康检查失败</source>
        <translation>读取儿童健康检查失败</translation>
    </message>
    <message>
        <source>%1检查逾期</source>
        <translation>%1检查逾期</translation>
    </message>
    <message>
        <source>%1检查到期</source>
        <translation>%1检查到期</translation>
    </message>
    <message>
        <source>生长：%1</source>
        <translation>生长：%1</translation>
    </message>
</context>
<context>
    <name>Models::ChronicLifeParticipant</name>
    <message>
        <source>%1 管理登记</source>
        <translation>%1 管理登记</translation>
    </message>
    <message>
        <source>日期不能早于该居民最近一次慢病随访（%1）</source>
        <translation>日期不能早于该居民最近一次慢病随访（%1）</translation>
    </message>
    <message>
        <source>档案注销：%1</source>
        <translation>档案注销：%1</translation>
    </message>
</context>
<context>
    <name>Models::ChronicRepository</name>
    <message>
        <source>找不到该慢病登记</source>
        <translation>找不到该慢病登记</translation>
    </message>
    <message>
        <source>请选择登记的疾病（高血压或2型糖尿病）</source>
        <translation>请选择登记的疾病（高血压或2型糖尿病）</translation>
    </message>
    <message>
        <source>请从编码表选择与该疾病相符的 ICD-10 诊断编码（%1）</source>
        <translation>请从编码表选择与该疾病相符的 ICD-10 诊断编码（%1）</translation>
    </message>
    <message>
        <source>确诊日期不能晚于今天</source>
        <translation>确诊日期不能晚于今天</translation>
    </message>
    <message>
        <source>登记日期应在确诊日期与今天之间</source>
        <translation>登记日期应在确诊日期与今天之间</translation>
    </message>
    <message>
        <source>危险分层应为低危、中危、高危或很高危</source>
        <translation>危险分层应为低危、中危、高危或很高危</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>该居民已在%1管理中</source>
        <translation>该居民已在%1管理中</translation>
    </message>
    <message>
        <source>该登记已结案</source>
        <translation>该登记已结案</translation>
    </message>
    <message>
        <source>请选择结案原因（迁出、死亡、失访、其他）</source>
        <translation>请选择结案原因（迁出、死亡、失访、其他）</translation>
    </message>
    <message>
        <source>结案日期应在登记日期与今天之间</source>
        <translation>结案日期应在登记日期与今天之间</translation>
    </message>
    <message>
        <source>请填写死亡原因</source>
        <translation>请填写死亡原因</translation>
    </message>
    <message>
        <source>请填写结案原因</source>
        <translation>请填写结案原因</translation>
    </message>
    <message>
        <source>BMI %1 超出 10–60，请核实身高体重</source>
        <translation>BMI %1 超出 10–60，请核实身高体重</translation>
    </message>
    <message>
        <source>连续 %1 次随访血压完全相同（%2/%3 mmHg），请核实是否实测</source>
        <translation>连续 %1 次随访血压完全相同（%2/%3 mmHg），请核实是否实测</translation>
    </message>
    <message>
        <source>随访日期不能早于确诊日期（%1）</source>
        <translation>随访日期不能早于确诊日期（%1）</translation>
    </message>
    <message>
        <source>该登记已于 %1 结案</source>
        <translation>该登记已于 %1 结案</translation>
    </message>
    <message>
        <source>找不到要更正的随访记录</source>
        <translation>找不到要更正的随访记录</translation>
    </message>
    <message>
        <source>应管理人数应为正整数</source>
        <translation>应管理人数应为正整数</translation>
    </message>
    <message>
        <source>%1应在 %2–%3 %4 之间</source>
        <translation>%1应在 %2–%3 %4 之间</translation>
    </message>
    <message>
        <source>请填写随访日期</source>
        <translation>请填写随访日期</translation>
    </message>
    <message>
        <source>随访日期不能晚于今天</source>
        <translation>随访日期不能晚于今天</translation>
    </message>
    <message>
        <source>请选择随访方式</source>
        <translation>请选择随访方式</translation>
    </message>
    <message>
        <source>请填写血压</source>
        <translation>请填写血压</translation>
    </message>
    <message>
        <source>请填写空腹血糖</source>
        <translation>请填写空腹血糖</translation>
    </message>
    <message>
        <source>收缩压</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>收缩压应高于舒张压</source>
        <translation>收缩压应高于舒张压</translation>
    </message>
    <message>
        <source>心率</source>
        <translation>心率</translation>
    </message>
    <message>
        <source>次/分</source>
        <translation>次/分</translation>
    </message>
    <message>
        <source>空腹血糖</source>
        <translation>空腹血糖</translation>
    </message>
    <message>
        <source>糖化血红蛋白</source>
        <translation>糖化血红蛋白</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>身高</translation>
    </message>
    <message>
        <source>体重</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>目标体重</source>
        <translation>目标体重</translation>
    </message>
    <message>
        <source>日吸烟量</source>
        <translation>日吸烟量</translation>
    </message>
    <message>
        <source>支</source>
        <translation>支</translation>
    </message>
    <message>
        <source>目标日吸烟量</source>
        <translation>目标日吸烟量</translation>
    </message>
    <message>
        <source>日饮酒量</source>
        <translation>日饮酒量</translation>
    </message>
    <message>
        <source>两</source>
        <translation>两</translation>
    </message>
    <message>
        <source>目标日饮酒量</source>
        <translation>目标日饮酒量</translation>
    </message>
    <message>
        <source>运动次数</source>
        <translation>运动次数</translation>
    </message>
    <message>
        <source>次/周</source>
        <translation>次/周</translation>
    </message>
    <message>
        <source>每次运动时间</source>
        <translation>每次运动时间</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>目标运动次数</source>
        <translation>目标运动次数</translation>
    </message>
    <message>
        <source>目标每次运动时间</source>
        <translation>目标每次运动时间</translation>
    </message>
    <message>
        <source>主食</source>
        <translation>主食</translation>
    </message>
    <message>
        <source>克/天</source>
        <translation>克/天</translation>
    </message>
    <message>
        <source>目标主食</source>
        <translation>目标主食</translation>
    </message>
    <message>
        <source>未知的症状代码：%1</source>
        <translation>未知的症状代码：%1</translation>
    </message>
    <message>
        <source>摄盐情况应为轻、中或重</source>
        <translation>摄盐情况应为轻、中或重</translation>
    </message>
    <message>
        <source>请从选项中选择</source>
        <translation>请从选项中选择</translation>
    </message>
    <message>
        <source>每种药物须填写药名和每日次数（1–12）</source>
        <translation>每种药物须填写药名和每日次数（1–12）</translation>
    </message>
    <message>
        <source>请填写糖化血红蛋白的检查日期</source>
        <translation>请填写糖化血红蛋白的检查日期</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次随访日期</source>
        <translation>下次随访日期应晚于本次随访日期</translation>
    </message>
    <message>
        <source>请描述药物不良反应</source>
        <translation>请描述药物不良反应</translation>
    </message>
    <message>
        <source>%1：%2，不能登记管理</source>
        <translation>%1：%2，不能登记管理</translation>
    </message>
</context>
<context>
    <name>Models::ChronicRules</name>
    <message>
        <source>慢病随访规则文件有误：%1</source>
        <translation>慢病随访规则文件有误：%1</translation>
    </message>
    <message>
        <source>控制满意</source>
        <translation>控制满意</translation>
    </message>
    <message>
        <source>控制不满意</source>
        <translation>控制不满意</translation>
    </message>
    <message>
        <source>不良反应</source>
        <translation>不良反应</translation>
    </message>
    <message>
        <source>并发症</source>
        <translation>并发症</translation>
    </message>
    <message>
        <source>2型糖尿病</source>
        <translation>2型糖尿病</translation>
    </message>
    <message>
        <source>高血压</source>
        <translation>高血压</translation>
    </message>
    <message>
        <source>programme 应为 hypertension 或 diabetes</source>
        <translation>programme 应为 hypertension 或 diabetes</translation>
    </message>
    <message>
        <source>请给出随访日期（YYYY-MM-DD）</source>
        <translation>请给出随访日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>age 应为整数</source>
        <translation>age 应为整数</translation>
    </message>
    <message>
        <source>收缩压应为整数（mmHg）</source>
        <translation>收缩压应为整数（mmHg）</translation>
    </message>
    <message>
        <source>舒张压应为整数（mmHg）</source>
        <translation>舒张压应为整数（mmHg）</translation>
    </message>
    <message>
        <source>空腹血糖应为数字（mmol/L）</source>
        <translation>空腹血糖应为数字（mmol/L）</translation>
    </message>
    <message>
        <source>心率应为整数（次/分）</source>
        <translation>心率应为整数（次/分）</translation>
    </message>
    <message>
        <source>体温应为数字（℃）</source>
        <translation>体温应为数字（℃）</translation>
    </message>
    <message>
        <source>未知的症状代码：%1</source>
        <translation>未知的症状代码：%1</translation>
    </message>
    <message>
        <source>previous_class 应为 controlled、uncontrolled、adverse_reaction、complication 或 null</source>
        <translation>previous_class 应为 controlled、uncontrolled、adverse_reaction、complication 或 null</translation>
    </message>
    <message>
        <source>找不到慢病随访规则：%1</source>
        <translation>找不到慢病随访规则：%1</translation>
    </message>
    <message>
        <source>请填写随访日期</source>
        <translation>请填写随访日期</translation>
    </message>
    <message>
        <source>高血压随访须填写血压</source>
        <translation>高血压随访须填写血压</translation>
    </message>
    <message>
        <source>糖尿病随访须填写空腹血糖</source>
        <translation>糖尿病随访须填写空腹血糖</translation>
    </message>
    <message>
        <source>收缩压和舒张压须同时填写</source>
        <translation>收缩压和舒张压须同时填写</translation>
    </message>
    <message>
        <source>空腹血糖 %1 mmol/L，未达到控制目标（&lt; %2）</source>
        <translation>空腹血糖 %1 mmol/L，未达到控制目标（&lt; %2）</translation>
    </message>
    <message>
        <source>空腹血糖 %1 mmol/L，达到控制目标（&lt; %2）</source>
        <translation>空腹血糖 %1 mmol/L，达到控制目标（&lt; %2）</translation>
    </message>
    <message>
        <source>（%1 岁，适用目标 %2）</source>
        <translation>（%1 岁，适用目标 %2）</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg，未达到控制目标（&lt; %3/%4）%5</source>
        <translation>血压 %1/%2 mmHg，未达到控制目标（&lt; %3/%4）%5</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg，达到控制目标（&lt; %3/%4）%5</source>
        <translation>血压 %1/%2 mmHg，达到控制目标（&lt; %3/%4）%5</translation>
    </message>
    <message>
        <source>有药物不良反应</source>
        <translation>有药物不良反应</translation>
    </message>
    <message>
        <source>出现新的并发症或原有并发症加重</source>
        <translation>出现新的并发症或原有并发症加重</translation>
    </message>
    <message>
        <source>收缩压 %1 ≥ %2 mmHg：危急情况</source>
        <translation>收缩压 %1 ≥ %2 mmHg：危急情况</translation>
    </message>
    <message>
        <source>舒张压 %1 ≥ %2 mmHg：危急情况</source>
        <translation>舒张压 %1 ≥ %2 mmHg：危急情况</translation>
    </message>
    <message>
        <source>血糖 %1 ≥ %2 mmol/L：危急情况</source>
        <translation>血糖 %1 ≥ %2 mmol/L：危急情况</translation>
    </message>
    <message>
        <source>血糖 %1 ≤ %2 mmol/L：低血糖危急情况</source>
        <translation>血糖 %1 ≤ %2 mmol/L：低血糖危急情况</translation>
    </message>
    <message>
        <source>心率 %1 次/分 &gt; %2：持续心动过速</source>
        <translation>心率 %1 次/分 &gt; %2：持续心动过速</translation>
    </message>
    <message>
        <source>体温 %1 ℃ &gt; %2 ℃</source>
        <translation>体温 %1 ℃ &gt; %2 ℃</translation>
    </message>
    <message>
        <source>危急症状：%1</source>
        <translation>危急症状：%1</translation>
    </message>
    <message>
        <source>危急情况：紧急转诊，2周内随访转诊结果</source>
        <translation>危急情况：紧急转诊，2周内随访转诊结果</translation>
    </message>
    <message>
        <source>新发或加重的并发症：建议转诊</source>
        <translation>新发或加重的并发症：建议转诊</translation>
    </message>
    <message>
        <source>连续两次随访控制不满意：建议转诊</source>
        <translation>连续两次随访控制不满意：建议转诊</translation>
    </message>
    <message>
        <source>首次控制不满意：检查服药依从性，调整用药，2周内随访</source>
        <translation>首次控制不满意：检查服药依从性，调整用药，2周内随访</translation>
    </message>
    <message>
        <source>药物不良反应两次随访未能控制：建议转诊</source>
        <translation>药物不良反应两次随访未能控制：建议转诊</translation>
    </message>
    <message>
        <source>下次随访：%1 天内（%2）</source>
        <translation>下次随访：%1 天内（%2）</translation>
    </message>
    <message>
        <source>下次随访：常规 %1 个月后（%2）</source>
        <translation>下次随访：常规 %1 个月后（%2）</translation>
    </message>
</context>
<context>
    <name>Models::ChronicWorklist</name>
    <message>
        <source>读取慢病数据失败</source>
        <translation>读取慢病数据失败</translation>
    </message>
    <message>
        <source>本周到期</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>本月到期</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>本季度未随访</source>
        <translation>本季度未随访</translation>
    </message>
    <message>
        <source>失访</source>
        <translation>失访</translation>
    </message>
    <message>
        <source>全部在管</source>
        <translation>全部在管</translation>
    </message>
    <message>
        <source>年份不正确</source>
        <translation>年份不正确</translation>
    </message>
    <message>
        <source>2型糖尿病患者管理率</source>
        <translation>2型糖尿病患者管理率</translation>
    </message>
    <message>
        <source>高血压患者管理率</source>
        <translation>高血压患者管理率</translation>
    </message>
    <message>
        <source>年内在管患者数 ÷ 辖区应管理患者数（需先设定应管理人数）</source>
        <translation>年内在管患者数 ÷ 辖区应管理患者数（需先设定应管理人数）</translation>
    </message>
    <message>
        <source>2型糖尿病患者规范管理率</source>
        <translation>2型糖尿病患者规范管理率</translation>
    </message>
    <message>
        <source>高血压患者规范管理率</source>
        <translation>高血压患者规范管理率</translation>
    </message>
    <message>
        <source>年内面对面随访不少于 %1 次的患者数 ÷ 年内在管患者数</source>
        <translation>年内面对面随访不少于 %1 次的患者数 ÷ 年内在管患者数</translation>
    </message>
    <message>
        <source>管理人群血糖控制率</source>
        <translation>管理人群血糖控制率</translation>
    </message>
    <message>
        <source>管理人群血压控制率</source>
        <translation>管理人群血压控制率</translation>
    </message>
    <message>
        <source>年内最近一次随访空腹血糖 &lt; %1 mmol/L 的患者数 ÷ 年内在管患者数（无随访者计为未达标）</source>
        <translation>年内最近一次随访空腹血糖 &lt; %1 mmol/L 的患者数 ÷ 年内在管患者数（无随访者计为未达标）</translation>
    </message>
    <message>
        <source>年内最近一次随访血压 &lt; %1/%2 mmHg 的患者数 ÷ 年内在管患者数（无随访者计为未达标）</source>
        <translation>年内最近一次随访血压 &lt; %1/%2 mmHg 的患者数 ÷ 年内在管患者数（无随访者计为未达标）</translation>
    </message>
    <message>
        <source>逾期及本周到期</source>
        <translation>逾期及本周到期</translation>
    </message>
</context>
<context>
    <name>Models::ChronicWorklistModel</name>
    <message>
        <source>未随访</source>
        <translation>未随访</translation>
    </message>
    <message>
        <source>已结案（失访）</source>
        <translation>已结案（失访）</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>逾期 %1 天</translation>
    </message>
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
        <source>村（居委会）</source>
        <translation>村（居委会）</translation>
    </message>
    <message>
        <source>疾病</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>上次随访</source>
        <translation>上次随访</translation>
    </message>
    <message>
        <source>上次分类</source>
        <translation>上次分类</translation>
    </message>
    <message>
        <source>应随访日期</source>
        <translation>应随访日期</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>责任医生</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>Models::ClinicSetup</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>机构：%1（%2）</source>
        <translation>机构：%1（%2）</translation>
    </message>
    <message>
        <source>新增区划：%1 %2</source>
        <translation>新增区划：%1 %2</translation>
    </message>
    <message>
        <source>区划改名：%1 %2 → %3</source>
        <translation>区划改名：%1 %2 → %3</translation>
    </message>
    <message>
        <source>新增用户：%1（%2）</source>
        <translation>新增用户：%1（%2）</translation>
    </message>
    <message>
        <source>新增团队：%1</source>
        <translation>新增团队：%1</translation>
    </message>
    <message>
        <source>更新团队：%1</source>
        <translation>更新团队：%1</translation>
    </message>
    <message>
        <source>团队成员：%1 → %2</source>
        <translation>团队成员：%1 → %2</translation>
    </message>
    <message>
        <source>区域平台</source>
        <translation>区域平台</translation>
    </message>
    <message>
        <source>区域平台：%1</source>
        <translation>区域平台：%1</translation>
    </message>
    <message>
        <source>缺少此项</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <source>应为文字（用双引号括起）</source>
        <translation>应为文字（用双引号括起）</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>应为列表（方括号 [ ]）</source>
        <translation>应为列表（方括号 [ ]）</translation>
    </message>
    <message>
        <source>应为对象（花括号 { }）</source>
        <translation>应为对象（花括号 { }）</translation>
    </message>
    <message>
        <source>区划代码应为 %1 位数字：%2</source>
        <translation>区划代码应为 %1 位数字：%2</translation>
    </message>
    <message>
        <source>代码 %1 不属于上级区划 %2</source>
        <translation>代码 %1 不属于上级区划 %2</translation>
    </message>
    <message>
        <source>请给出 password（初始密码）或 password_file（密码文件）中的一项</source>
        <translation>请给出 password（初始密码）或 password_file（密码文件）中的一项</translation>
    </message>
    <message>
        <source>无法读取密码文件：%1</source>
        <translation>无法读取密码文件：%1</translation>
    </message>
    <message>
        <source>密码文件是空的：%1</source>
        <translation>密码文件是空的：%1</translation>
    </message>
    <message>
        <source>至少需要一个乡镇（街道）</source>
        <translation>至少需要一个乡镇（街道）</translation>
    </message>
    <message>
        <source>区划代码重复：%1</source>
        <translation>区划代码重复：%1</translation>
    </message>
    <message>
        <source>至少需要一个村（居委会）</source>
        <translation>至少需要一个村（居委会）</translation>
    </message>
    <message>
        <source>村名重复：%1（导入名单时按村名找村，村名须唯一）</source>
        <translation>村名重复：%1（导入名单时按村名找村，村名须唯一）</translation>
    </message>
    <message>
        <source>用户名应为 2-32 个字母、数字、下划线、点或减号</source>
        <translation>用户名应为 2-32 个字母、数字、下划线、点或减号</translation>
    </message>
    <message>
        <source>用户名重复：%1</source>
        <translation>用户名重复：%1</translation>
    </message>
    <message>
        <source>团队名称重复：%1</source>
        <translation>团队名称重复：%1</translation>
    </message>
    <message>
        <source>乡镇 %1 不在本文件的 townships 中</source>
        <translation>乡镇 %1 不在本文件的 townships 中</translation>
    </message>
    <message>
        <source>村 %1 不在本文件的 villages 中</source>
        <translation>村 %1 不在本文件的 villages 中</translation>
    </message>
    <message>
        <source>角色应为 doctor（家庭医生）、village_worker（乡村医生）、nurse（护士）或 public_health（公卫医生）：%1</source>
        <translation>角色应为 doctor（家庭医生）、village_worker（乡村医生）、nurse（护士）或 public_health（公卫医生）：%1</translation>
    </message>
    <message>
        <source>平台地址应以 https:// 开头：%1</source>
        <translation>平台地址应以 https:// 开头：%1</translation>
    </message>
    <message>
        <source>找不到 CA 证书文件：%1</source>
        <translation>找不到 CA 证书文件：%1</translation>
    </message>
    <message>
        <source>第 %1 行第 %2 列</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>不是有效的 JSON：%1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>设置文件应是一个 JSON 对象（花括号 { }）</source>
        <translation>设置文件应是一个 JSON 对象（花括号 { }）</translation>
    </message>
    <message>
        <source>未知的项（可用的项：%1）</source>
        <translation>未知的项（可用的项：%1）</translation>
    </message>
    <message>
        <source>机构代码应为 1-40 个字母、数字或减号</source>
        <translation>机构代码应为 1-40 个字母、数字或减号</translation>
    </message>
    <message>
        <source>无法读取设置文件</source>
        <translation>无法读取设置文件</translation>
    </message>
</context>
<context>
    <name>Models::ClinicalRanges</name>
    <message>
        <source>应在 %1–%2 %3 之间</source>
        <translation>应在 %1–%2 %3 之间</translation>
    </message>
    <message>
        <source>%1 %2 很少见（常见 %3–%4），请确认</source>
        <translation>%1 %2 很少见（常见 %3–%4），请确认</translation>
    </message>
</context>
<context>
    <name>Models::ContractBadges</name>
    <message>
        <source>签约待续约（%1 到期）</source>
        <translation>签约待续约（%1 到期）</translation>
    </message>
    <message>
        <source>签约即将到期（%1）</source>
        <translation>签约即将到期（%1）</translation>
    </message>
    <message>
        <source>已签约（至 %1）</source>
        <translation>已签约（至 %1）</translation>
    </message>
    <message>
        <source>已完成 %1</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>%1天内到期 %2</source>
        <translation>%1天内到期 %2</translation>
    </message>
    <message>
        <source>签约服务：%1</source>
        <translation>签约服务：%1</translation>
    </message>
</context>
<context>
    <name>Models::ContractHistoryModel</name>
    <message>
        <source>协议号</source>
        <translation>协议号</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>签约医生</source>
        <translation>签约医生</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>服务包</source>
        <translation>服务包</translation>
    </message>
    <message>
        <source>人群标签</source>
        <translation>人群标签</translation>
    </message>
    <message>
        <source>（已续约）</source>
        <translation>（已续约）</translation>
    </message>
</context>
<context>
    <name>Models::ContractIndicators</name>
    <message>
        <source>统计期间不正确（开始日期应不晚于结束日期）</source>
        <translation>统计期间不正确（开始日期应不晚于结束日期）</translation>
    </message>
    <message>
        <source>读取签约数据失败</source>
        <translation>读取签约数据失败</translation>
    </message>
</context>
<context>
    <name>Models::ContractRepository</name>
    <message>
        <source>找不到该签约协议</source>
        <translation>找不到该签约协议</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>签约期限应在 1 到 5 年之间</source>
        <translation>签约期限应在 1 到 5 年之间</translation>
    </message>
    <message>
        <source>开始日期不能早于签约日期一个月以上</source>
        <translation>开始日期不能早于签约日期一个月以上</translation>
    </message>
    <message>
        <source>请选择签约方式</source>
        <translation>请选择签约方式</translation>
    </message>
    <message>
        <source>请选择签约团队</source>
        <translation>请选择签约团队</translation>
    </message>
    <message>
        <source>请选择本团队的签约医生</source>
        <translation>请选择本团队的签约医生</translation>
    </message>
    <message>
        <source>签约医生应为家庭医生或乡村医生（%1 是%2）</source>
        <translation>签约医生应为家庭医生或乡村医生（%1 是%2）</translation>
    </message>
    <message>
        <source>未知的人群类别：%1</source>
        <translation>未知的人群类别：%1</translation>
    </message>
    <message>
        <source>请至少选择一个服务包</source>
        <translation>请至少选择一个服务包</translation>
    </message>
    <message>
        <source>服务包「%1」已停用</source>
        <translation>服务包「%1」已停用</translation>
    </message>
    <message>
        <source>服务包「%1」只适用于：%2</source>
        <translation>服务包「%1」只适用于：%2</translation>
    </message>
    <message>
        <source>该居民在这段时间已有签约；同一时间只能与一个家庭医生团队签约</source>
        <translation>该居民在这段时间已有签约；同一时间只能与一个家庭医生团队签约</translation>
    </message>
    <message>
        <source>找不到该家庭或家庭中没有居民</source>
        <translation>找不到该家庭或家庭中没有居民</translation>
    </message>
    <message>
        <source>家庭代表应是本户成员</source>
        <translation>家庭代表应是本户成员</translation>
    </message>
    <message>
        <source>所选居民不是本户成员</source>
        <translation>所选居民不是本户成员</translation>
    </message>
    <message>
        <source>该协议已续约</source>
        <translation>该协议已续约</translation>
    </message>
    <message>
        <source>已解约的协议不能续约，请重新签约</source>
        <translation>已解约的协议不能续约，请重新签约</translation>
    </message>
    <message>
        <source>该协议已解约</source>
        <translation>该协议已解约</translation>
    </message>
    <message>
        <source>请选择解约原因</source>
        <translation>请选择解约原因</translation>
    </message>
    <message>
        <source>解约原因为“其他”时请填写说明</source>
        <translation>解约原因为“其他”时请填写说明</translation>
    </message>
    <message>
        <source>解约日期应晚于协议开始日期</source>
        <translation>解约日期应晚于协议开始日期</translation>
    </message>
    <message>
        <source>解约日期晚于协议结束日期，协议届时已自然到期</source>
        <translation>解约日期晚于协议结束日期，协议届时已自然到期</translation>
    </message>
    <message>
        <source>死亡或档案注销请在居民档案中登记（档案状态），签约随之终止</source>
        <translation>死亡或档案注销请在居民档案中登记（档案状态），签约随之终止</translation>
    </message>
    <message>
        <source>签约 %1（%2 至 %3）</source>
        <translation>签约 %1（%2 至 %3）</translation>
    </message>
    <message>
        <source>%1：%2，不能签约</source>
        <translation>%1：%2，不能签约</translation>
    </message>
</context>
<context>
    <name>Models::ContractRules</name>
    <message>
        <source>签约规则文件有误：%1</source>
        <translation>签约规则文件有误：%1</translation>
    </message>
    <message>
        <source>待生效</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>待续约</source>
        <translation>待续约</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>已解约</source>
        <translation>已解约</translation>
    </message>
</context>
<context>
    <name>Models::ContractTaskModel</name>
    <message>
        <source>服务项目</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>第几次</source>
        <translation>第几次</translation>
    </message>
    <message>
        <source>应完成日期</source>
        <translation>应完成日期</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>逾期未做</source>
        <translation>逾期未做</translation>
    </message>
    <message>
        <source>待完成</source>
        <translation>待完成</translation>
    </message>
</context>
<context>
    <name>Models::ContractTasks</name>
    <message>
        <source>请填写完成日期</source>
        <translation>请填写完成日期</translation>
    </message>
</context>
<context>
    <name>Models::CoverageModel</name>
    <message>
        <source>疫苗</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>剂次</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>应种</source>
        <translation>应种</translation>
    </message>
    <message>
        <source>实种</source>
        <translation>实种</translation>
    </message>
    <message>
        <source>接种率</source>
        <translation>接种率</translation>
    </message>
    <message>
        <source>及时种</source>
        <translation>及时种</translation>
    </message>
    <message>
        <source>及时接种率</source>
        <translation>及时接种率</translation>
    </message>
</context>
<context>
    <name>Models::CreditCode</name>
    <message>
        <source>请填写统一社会信用代码（18 位）</source>
        <translation>请填写统一社会信用代码（18 位）</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位，现在是 %1 位</source>
        <translation>统一社会信用代码应为 18 位，现在是 %1 位</translation>
    </message>
    <message>
        <source>第 %1 位“%2”不是统一社会信用代码用的字符（数字，或除 I、O、S、V、Z 以外的大写字母）</source>
        <translation>第 %1 位“%2”不是统一社会信用代码用的字符（数字，或除 I、O、S、V、Z 以外的大写字母）</translation>
    </message>
    <message>
        <source>第 3-8 位是行政区划代码，应为数字</source>
        <translation>第 3-8 位是行政区划代码，应为数字</translation>
    </message>
    <message>
        <source>校验位不符，请逐位核对（按前 17 位，第 18 位应为 %1）</source>
        <translation>校验位不符，请逐位核对（按前 17 位，第 18 位应为 %1）</translation>
    </message>
</context>
<context>
    <name>Models::Crypto</name>
    <message>
        <source>未知的密码算法套件：%1</source>
        <translation>未知的密码算法套件：%1</translation>
    </message>
    <message>
        <source>解密失败：密码错误或数据已被篡改</source>
        <translation>解密失败：密码错误或数据已被篡改</translation>
    </message>
</context>
<context>
    <name>Models::DailyWorklist</name>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>读取居民资料失败</source>
        <translation>读取居民资料失败</translation>
    </message>
    <message>
        <source>请填写日期（YYYY-MM-DD）</source>
        <translation>请填写日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>村代码应为12位数字（乡镇9位、县6位）</source>
        <translation>村代码应为12位数字（乡镇9位、县6位）</translation>
    </message>
    <message>
        <source>找不到该地区：%1</source>
        <translation>找不到该地区：%1</translation>
    </message>
    <message>
        <source>本机待办</source>
        <translation>本机待办</translation>
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
    <message>
        <source>加密数据库的密钥文件缺失：%1</source>
        <translation>加密数据库的密钥文件缺失：%1</translation>
    </message>
    <message>
        <source>数据库已加密，请先登录解锁：%1</source>
        <translation>数据库已加密，请先登录解锁：%1</translation>
    </message>
    <message>
        <source>加密模块未生效（SQLite 驱动未使用家医的加密 VFS），拒绝打开加密数据库</source>
        <translation>加密模块未生效（SQLite 驱动未使用家医的加密 VFS），拒绝打开加密数据库</translation>
    </message>
    <message>
        <source>已从升级前的备份恢复：%1</source>
        <translation>已从升级前的备份恢复：%1</translation>
    </message>
    <message>
        <source>从备份恢复失败，请用备份 %1 替换数据库文件 %2</source>
        <translation>从备份恢复失败，请用备份 %1 替换数据库文件 %2</translation>
    </message>
</context>
<context>
    <name>Models::DeidentifiedExport</name>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>导出已取消</source>
        <translation>导出已取消</translation>
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
    <name>Models::DraftStore</name>
    <message>
        <source>无法保存草稿：草稿目录不可写</source>
        <translation>无法保存草稿：草稿目录不可写</translation>
    </message>
</context>
<context>
    <name>Models::Duplicates</name>
    <message>
        <source>身份证号相同</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>姓名和出生日期相同</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>姓名和电话相同</source>
        <translation>姓名和电话相同</translation>
    </message>
    <message>
        <source>姓名拼音相同且出生日期相同</source>
        <translation>姓名拼音相同且出生日期相同</translation>
    </message>
    <message>
        <source>同一户内姓名拼音相同</source>
        <translation>同一户内姓名拼音相同</translation>
    </message>
    <message>
        <source>查找重复档案失败</source>
        <translation>查找重复档案失败</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>不能把档案与自身合并</source>
        <translation>不能把档案与自身合并</translation>
    </message>
    <message>
        <source>找不到该合并记录</source>
        <translation>找不到该合并记录</translation>
    </message>
    <message>
        <source>该合并已撤销过</source>
        <translation>该合并已撤销过</translation>
    </message>
</context>
<context>
    <name>Models::ElderlyRepository</name>
    <message>
        <source>请填写不晚于今天的服务日期</source>
        <translation>请填写不晚于今天的服务日期</translation>
    </message>
    <message>
        <source>老年人健康管理服务对象为 65 岁及以上居民（服务日 %1 岁）</source>
        <translation>老年人健康管理服务对象为 65 岁及以上居民（服务日 %1 岁）</translation>
    </message>
    <message>
        <source>生活自理能力评估的选项不正确</source>
        <translation>生活自理能力评估的选项不正确</translation>
    </message>
    <message>
        <source>健康状态自我评估应为 1～5</source>
        <translation>健康状态自我评估应为 1～5</translation>
    </message>
    <message>
        <source>MMSE 总分应为 0～30</source>
        <translation>MMSE 总分应为 0～30</translation>
    </message>
    <message>
        <source>GDS 评分应为 0～30</source>
        <translation>GDS 评分应为 0～30</translation>
    </message>
    <message>
        <source>下次服务日期应晚于本次</source>
        <translation>下次服务日期应晚于本次</translation>
    </message>
    <message>
        <source>未知的健康指导项目：%1</source>
        <translation>未知的健康指导项目：%1</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>所选体检记录不属于该居民</source>
        <translation>所选体检记录不属于该居民</translation>
    </message>
    <message>
        <source>更正的记录不属于该居民</source>
        <translation>更正的记录不属于该居民</translation>
    </message>
    <message>
        <source>这条记录已经被更正过，请更正最新的版本</source>
        <translation>这条记录已经被更正过，请更正最新的版本</translation>
    </message>
    <message>
        <source>找不到该老年人健康管理记录</source>
        <translation>找不到该老年人健康管理记录</translation>
    </message>
</context>
<context>
    <name>Models::ElderlyService</name>
    <message>
        <source>纳入慢性病患者健康管理</source>
        <translation>纳入慢性病患者健康管理</translation>
    </message>
    <message>
        <source>建议复查</source>
        <translation>建议复查</translation>
    </message>
    <message>
        <source>建议转诊</source>
        <translation>建议转诊</translation>
    </message>
    <message>
        <source>健康生活方式</source>
        <translation>健康生活方式</translation>
    </message>
    <message>
        <source>疫苗接种</source>
        <translation>疫苗接种</translation>
    </message>
    <message>
        <source>骨质疏松预防</source>
        <translation>骨质疏松预防</translation>
    </message>
    <message>
        <source>防跌倒措施</source>
        <translation>防跌倒措施</translation>
    </message>
    <message>
        <source>意外伤害预防和自救</source>
        <translation>意外伤害预防和自救</translation>
    </message>
    <message>
        <source>认知和情感</source>
        <translation>认知和情感</translation>
    </message>
    <message>
        <source>年度服务记录</source>
        <translation>年度服务记录</translation>
    </message>
    <message>
        <source>生活自理能力评估</source>
        <translation>生活自理能力评估</translation>
    </message>
    <message>
        <source>健康状态自我评估</source>
        <translation>健康状态自我评估</translation>
    </message>
    <message>
        <source>认知功能粗筛</source>
        <translation>认知功能粗筛</translation>
    </message>
    <message>
        <source>简易智力状态检查总分</source>
        <translation>简易智力状态检查总分</translation>
    </message>
    <message>
        <source>情感状态粗筛</source>
        <translation>情感状态粗筛</translation>
    </message>
    <message>
        <source>老年抑郁量表评分</source>
        <translation>老年抑郁量表评分</translation>
    </message>
    <message>
        <source>健康体检（体格检查和辅助检查）</source>
        <translation>健康体检（体格检查和辅助检查）</translation>
    </message>
    <message>
        <source>健康指导</source>
        <translation>健康指导</translation>
    </message>
    <message>
        <source>下次服务日期</source>
        <translation>下次服务日期</translation>
    </message>
</context>
<context>
    <name>Models::EncryptedDb</name>
    <message>
        <source>无法读写密钥文件：%1</source>
        <translation>无法读写密钥文件：%1</translation>
    </message>
    <message>
        <source>密钥文件已损坏</source>
        <translation>密钥文件已损坏</translation>
    </message>
    <message>
        <source>加密数据库的密钥文件缺失：%1</source>
        <translation>加密数据库的密钥文件缺失：%1</translation>
    </message>
    <message>
        <source>密钥文件格式不对：%1</source>
        <translation>密钥文件格式不对：%1</translation>
    </message>
    <message>
        <source>数据库文件已存在：%1</source>
        <translation>数据库文件已存在：%1</translation>
    </message>
    <message>
        <source>密钥文件已存在：%1</source>
        <translation>密钥文件已存在：%1</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>数据库文件不存在：%1</translation>
    </message>
    <message>
        <source>数据库已经加密：%1</source>
        <translation>数据库已经加密：%1</translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>加密失败：无法复制数据库</source>
        <translation>加密失败：无法复制数据库</translation>
    </message>
    <message>
        <source>加密失败：新文件缺少保留字节</source>
        <translation>加密失败：新文件缺少保留字节</translation>
    </message>
    <message>
        <source>加密失败：新文件未通过完整性检查</source>
        <translation>加密失败：新文件未通过完整性检查</translation>
    </message>
    <message>
        <source>恢复密钥不正确</source>
        <translation>恢复密钥不正确</translation>
    </message>
    <message>
        <source>数据库尚未解锁</source>
        <translation>数据库尚未解锁</translation>
    </message>
    <message>
        <source>数据库文件已损坏或被篡改：%1 未通过完整性校验，已拒绝读取</source>
        <translation>数据库文件已损坏或被篡改：%1 未通过完整性校验，已拒绝读取</translation>
    </message>
</context>
<context>
    <name>Models::FormSchema</name>
    <message>
        <source>“%1”的选项“%2”无效</source>
        <translation>“%1”的选项“%2”无效</translation>
    </message>
    <message>
        <source>表单文件不是有效的 JSON</source>
        <translation>表单文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>表单文件 %1 没有任何栏目</source>
        <translation>表单文件 %1 没有任何栏目</translation>
    </message>
    <message numerus="yes">
        <source>表单文件 %1 有 %n 处文字缺少英文：%2</source>
        <translation><numerusform>表单文件 %1 有 %n 处文字缺少英文：%2</numerusform></translation>
    </message>
</context>
<context>
    <name>Models::GrowthAssessment</name>
    <message>
        <source>年龄别体重</source>
        <translation>年龄别体重</translation>
    </message>
    <message>
        <source>年龄别身高</source>
        <translation>年龄别身高</translation>
    </message>
    <message>
        <source>年龄别身长</source>
        <translation>年龄别身长</translation>
    </message>
    <message>
        <source>身高别体重</source>
        <translation>身高别体重</translation>
    </message>
    <message>
        <source>身长别体重</source>
        <translation>身长别体重</translation>
    </message>
    <message>
        <source>年龄别BMI</source>
        <translation>年龄别BMI</translation>
    </message>
    <message>
        <source>年龄别头围</source>
        <translation>年龄别头围</translation>
    </message>
    <message>
        <source>%1（重度）</source>
        <translation>%1（重度）</translation>
    </message>
    <message>
        <source>性别应为 M（男）或 F（女）</source>
        <translation>性别应为 M（男）或 F（女）</translation>
    </message>
    <message>
        <source>出生日期格式应为 YYYY-MM-DD</source>
        <translation>出生日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天</source>
        <translation>出生日期不能晚于今天</translation>
    </message>
    <message>
        <source>测量日期格式应为 YYYY-MM-DD</source>
        <translation>测量日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>测量日期不能晚于今天</source>
        <translation>测量日期不能晚于今天</translation>
    </message>
    <message>
        <source>测量日期不能早于出生日期</source>
        <translation>测量日期不能早于出生日期</translation>
    </message>
    <message>
        <source>体重应在 0.3–60 kg 之间</source>
        <translation>体重应在 0.3–60 kg 之间</translation>
    </message>
    <message>
        <source>身长（身高）应在 30–150 cm 之间</source>
        <translation>身长（身高）应在 30–150 cm 之间</translation>
    </message>
    <message>
        <source>头围应在 20–65 cm 之间</source>
        <translation>头围应在 20–65 cm 之间</translation>
    </message>
    <message>
        <source>请至少给出体重、身长（身高）或头围</source>
        <translation>请至少给出体重、身长（身高）或头围</translation>
    </message>
    <message>
        <source>%1 应为数字</source>
        <translation>%1 应为数字</translation>
    </message>
    <message>
        <source>体重应大于 0</source>
        <translation>体重应大于 0</translation>
    </message>
    <message>
        <source>身长（卧位）和身高（立位）只能给一个</source>
        <translation>身长（卧位）和身高（立位）只能给一个</translation>
    </message>
    <message>
        <source>下</source>
        <translation>下</translation>
    </message>
    <message>
        <source>上</source>
        <translation>上</translation>
    </message>
    <message>
        <source>中</source>
        <translation>中</translation>
    </message>
    <message>
        <source>超出WHO 2006标准的年龄范围（0–60月龄）</source>
        <translation>超出WHO 2006标准的年龄范围（0–60月龄）</translation>
    </message>
    <message>
        <source>身高超出标准范围（65–120 cm）</source>
        <translation>身高超出标准范围（65–120 cm）</translation>
    </message>
    <message>
        <source>身长超出标准范围（45–110 cm）</source>
        <translation>身长超出标准范围（45–110 cm）</translation>
    </message>
    <message>
        <source>%1数值可疑，请复核</source>
        <translation>%1数值可疑，请复核</translation>
    </message>
</context>
<context>
    <name>Models::HealthRecordRepository</name>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>请填写接诊日期</source>
        <translation>请填写接诊日期</translation>
    </message>
    <message>
        <source>接诊日期不能晚于今天</source>
        <translation>接诊日期不能晚于今天</translation>
    </message>
    <message>
        <source>接诊日期不能早于出生日期</source>
        <translation>接诊日期不能早于出生日期</translation>
    </message>
    <message>
        <source>请选择接诊方式（门诊/出诊/电话）</source>
        <translation>请选择接诊方式（门诊/出诊/电话）</translation>
    </message>
    <message>
        <source>请至少填写主诉或诊断</source>
        <translation>请至少填写主诉或诊断</translation>
    </message>
    <message>
        <source>诊断编码“%1”不是有效的 ICD-10 编码</source>
        <translation>诊断编码“%1”不是有效的 ICD-10 编码</translation>
    </message>
    <message>
        <source>请填写转诊原因</source>
        <translation>请填写转诊原因</translation>
    </message>
    <message>
        <source>找不到该接诊记录</source>
        <translation>找不到该接诊记录</translation>
    </message>
    <message>
        <source>请填写体检日期</source>
        <translation>请填写体检日期</translation>
    </message>
    <message>
        <source>体检日期不能晚于今天</source>
        <translation>体检日期不能晚于今天</translation>
    </message>
    <message>
        <source>体检日期不能早于出生日期</source>
        <translation>体检日期不能早于出生日期</translation>
    </message>
    <message>
        <source>找不到该体检记录</source>
        <translation>找不到该体检记录</translation>
    </message>
    <message>
        <source>联系人电话格式不对</source>
        <translation>联系人电话格式不对</translation>
    </message>
    <message>
        <source>工作单位过长</source>
        <translation>工作单位过长</translation>
    </message>
    <message>
        <source>更正的记录不属于该居民</source>
        <translation>更正的记录不属于该居民</translation>
    </message>
    <message>
        <source>这条记录已经被更正过，请更正最新的版本</source>
        <translation>这条记录已经被更正过，请更正最新的版本</translation>
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
    <name>Models::ImmunizationCardModel</name>
    <message>
        <source>逾期%1天；%2</source>
        <translation>逾期%1天；%2</translation>
    </message>
    <message>
        <source>补种：%1</source>
        <translation>补种：%1</translation>
    </message>
    <message>
        <source>（%1天后）</source>
        <translation>（%1天后）</translation>
    </message>
    <message>
        <source>%1起可种%2；%3</source>
        <translation>%1起可种%2；%3</translation>
    </message>
    <message>
        <source>·补种</source>
        <translation>·补种</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>疫苗</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>剂次</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>接种/可种日期</source>
        <translation>接种/可种日期</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>疫苗编码</source>
        <translation>疫苗编码</translation>
    </message>
    <message>
        <source>生产企业</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>有效期</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>部位</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>途径</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>接种单位</source>
        <translation>接种单位</translation>
    </message>
    <message>
        <source>接种者</source>
        <translation>接种者</translation>
    </message>
    <message>
        <source>%1
疫苗编码 %2　生产企业 %3　有效期 %4　接种单位 %5</source>
        <translation>%1
疫苗编码 %2　生产企业 %3　有效期 %4　接种单位 %5</translation>
    </message>
    <message>
        <source>第%1剂</source>
        <translation>第%1剂</translation>
    </message>
</context>
<context>
    <name>Models::ImmunizationRepository</name>
    <message>
        <source>找不到该儿童</source>
        <translation>找不到该儿童</translation>
    </message>
    <message>
        <source>读取接种资料失败</source>
        <translation>读取接种资料失败</translation>
    </message>
    <message>
        <source>请选择村</source>
        <translation>请选择村</translation>
    </message>
    <message>
        <source>请选择疫苗</source>
        <translation>请选择疫苗</translation>
    </message>
    <message>
        <source>疫苗编码与疫苗不符</source>
        <translation>疫苗编码与疫苗不符</translation>
    </message>
    <message>
        <source>请填写接种日期</source>
        <translation>请填写接种日期</translation>
    </message>
    <message>
        <source>接种日期早于出生日期</source>
        <translation>接种日期早于出生日期</translation>
    </message>
    <message>
        <source>接种日期不能晚于今天</source>
        <translation>接种日期不能晚于今天</translation>
    </message>
    <message>
        <source>接种来源应为本单位或外单位</source>
        <translation>接种来源应为本单位或外单位</translation>
    </message>
    <message>
        <source>请从库存中选择疫苗批号</source>
        <translation>请从库存中选择疫苗批号</translation>
    </message>
    <message>
        <source>库存中没有该批号</source>
        <translation>库存中没有该批号</translation>
    </message>
    <message>
        <source>该批号不是%1</source>
        <translation>该批号不是%1</translation>
    </message>
    <message>
        <source>该批号已于%1过期，不能使用</source>
        <translation>该批号已于%1过期，不能使用</translation>
    </message>
    <message>
        <source>不符合免疫程序：%1。如确需接种，请填写原因</source>
        <translation>不符合免疫程序：%1。如确需接种，请填写原因</translation>
    </message>
    <message>
        <source>找不到要更正的接种记录</source>
        <translation>找不到要更正的接种记录</translation>
    </message>
    <message>
        <source>请填写批号</source>
        <translation>请填写批号</translation>
    </message>
    <message>
        <source>请填写有效期</source>
        <translation>请填写有效期</translation>
    </message>
    <message>
        <source>该批号已过期，不能入库</source>
        <translation>该批号已过期，不能入库</translation>
    </message>
    <message>
        <source>该批号已在库存中</source>
        <translation>该批号已在库存中</translation>
    </message>
    <message>
        <source>未知健康状况</source>
        <translation>未知健康状况</translation>
    </message>
    <message>
        <source>请选择拒种的疫苗</source>
        <translation>请选择拒种的疫苗</translation>
    </message>
    <message>
        <source>类型应为健康状况或拒种</source>
        <translation>类型应为健康状况或拒种</translation>
    </message>
    <message>
        <source>找不到该记录</source>
        <translation>找不到该记录</translation>
    </message>
    <message>
        <source>该儿童已建证（%1）</source>
        <translation>该儿童已建证（%1）</translation>
    </message>
    <message>
        <source>请填写建证日期</source>
        <translation>请填写建证日期</translation>
    </message>
    <message>
        <source>请从列表中选择接种途径</source>
        <translation>请从列表中选择接种途径</translation>
    </message>
    <message>
        <source>请从列表中选择接种部位</source>
        <translation>请从列表中选择接种部位</translation>
    </message>
    <message>
        <source>该儿童的档案已于 %1 关闭（死亡、迁出或注销），不能登记此日及以后的接种</source>
        <translation>该儿童的档案已于 %1 关闭（死亡、迁出或注销），不能登记此日及以后的接种</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorCatalog</name>
    <message>
        <source>指标定义文件有误：%1</source>
        <translation>指标定义文件有误：%1</translation>
    </message>
    <message>
        <source>指标“%1”的定义有误：%2</source>
        <translation>指标“%1”的定义有误：%2</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>%1缺少文字说明（words）</source>
        <translation>%1缺少文字说明（words）</translation>
    </message>
    <message>
        <source>由接种程序计算的指标不能再写 SQL</source>
        <translation>由接种程序计算的指标不能再写 SQL</translation>
    </message>
    <message>
        <source>只有分母可以指定 count</source>
        <translation>只有分母可以指定 count</translation>
    </message>
    <message>
        <source>prevalence 应为 hypertension 或 diabetes</source>
        <translation>prevalence 应为 hypertension 或 diabetes</translation>
    </message>
    <message>
        <source>缺少设置 %1</source>
        <translation>缺少设置 %1</translation>
    </message>
    <message>
        <source>未知的 count：%1</source>
        <translation>未知的 count：%1</translation>
    </message>
    <message>
        <source>无法读取指标定义文件：%1</source>
        <translation>无法读取指标定义文件：%1</translation>
    </message>
    <message>
        <source>设置的名称不正确或重复：%1</source>
        <translation>设置的名称不正确或重复：%1</translation>
    </message>
    <message>
        <source>设置 %1 缺少名称或来源</source>
        <translation>设置 %1 缺少名称或来源</translation>
    </message>
    <message>
        <source>设置 %1 的默认值不在 min 与 max 之间</source>
        <translation>设置 %1 的默认值不在 min 与 max 之间</translation>
    </message>
    <message>
        <source>项目缺少 id 或名称</source>
        <translation>项目缺少 id 或名称</translation>
    </message>
    <message>
        <source>没有任何指标</source>
        <translation>没有任何指标</translation>
    </message>
    <message>
        <source>id 只能由小写字母、数字和下划线组成</source>
        <translation>id 只能由小写字母、数字和下划线组成</translation>
    </message>
    <message>
        <source>id 重复</source>
        <translation>id 重复</translation>
    </message>
    <message>
        <source>缺少名称</source>
        <translation>缺少名称</translation>
    </message>
    <message>
        <source>缺少来源（source）</source>
        <translation>缺少来源（source）</translation>
    </message>
    <message>
        <source>未知的项目：%1</source>
        <translation>未知的项目：%1</translation>
    </message>
    <message>
        <source>单位只能是 %</source>
        <translation>单位只能是 %</translation>
    </message>
    <message>
        <source>direction 应为 higher 或 lower</source>
        <translation>direction 应为 higher 或 lower</translation>
    </message>
    <message>
        <source>目标值应在 0 到 100 之间</source>
        <translation>目标值应在 0 到 100 之间</translation>
    </message>
    <message>
        <source>目标缺少来源（target.source），没有目标时也要说明</source>
        <translation>目标缺少来源（target.source），没有目标时也要说明</translation>
    </message>
    <message>
        <source>接种程序中没有疫苗系列 %1</source>
        <translation>接种程序中没有疫苗系列 %1</translation>
    </message>
    <message>
        <source>planner.measure 应为 given 或 timely</source>
        <translation>planner.measure 应为 given 或 timely</translation>
    </message>
    <message>
        <source>缺少 SQL</source>
        <translation>缺少 SQL</translation>
    </message>
    <message>
        <source>SQL 必须是一条 SELECT 语句</source>
        <translation>SQL 必须是一条 SELECT 语句</translation>
    </message>
    <message>
        <source>SQL 只能有一条语句</source>
        <translation>SQL 只能有一条语句</translation>
    </message>
    <message>
        <source>未知的标记 {%1}</source>
        <translation>未知的标记 {%1}</translation>
    </message>
    <message>
        <source>标记 {%1} 缺少表别名（如 {%1:r}）</source>
        <translation>标记 {%1} 缺少表别名（如 {%1:r}）</translation>
    </message>
    <message>
        <source>标记 {%1} 不带别名</source>
        <translation>标记 {%1} 不带别名</translation>
    </message>
    <message>
        <source>标记 {key_population} 只能用于别名 r 的居民表</source>
        <translation>标记 {key_population} 只能用于别名 r 的居民表</translation>
    </message>
    <message>
        <source>分母必须用 {living:别名} 限定期末在册人口</source>
        <translation>分母必须用 {living:别名} 限定期末在册人口</translation>
    </message>
    <message>
        <source>分母必须用 {area:别名} 限定所选辖区</source>
        <translation>分母必须用 {area:别名} 限定所选辖区</translation>
    </message>
    <message>
        <source>未知的参数 :%1</source>
        <translation>未知的参数 :%1</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorEngine</name>
    <message>
        <source>没有这个指标：%1</source>
        <translation>没有这个指标：%1</translation>
    </message>
    <message>
        <source>没有可用的指标定义</source>
        <translation>没有可用的指标定义</translation>
    </message>
    <message>
        <source>指标“%1”的%2 SQL 无法执行：%3</source>
        <translation>指标“%1”的%2 SQL 无法执行：%3</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>年份不正确</source>
        <translation>年份不正确</translation>
    </message>
    <message>
        <source>该年尚未开始</source>
        <translation>该年尚未开始</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>读取指标数据失败</source>
        <translation>读取指标数据失败</translation>
    </message>
    <message>
        <source>计算指标“%1”失败</source>
        <translation>计算指标“%1”失败</translation>
    </message>
    <message>
        <source>已取消计算</source>
        <translation>已取消计算</translation>
    </message>
    <message>
        <source>没有这个村：%1</source>
        <translation>没有这个村：%1</translation>
    </message>
    <message>
        <source>没有这个乡镇：%1</source>
        <translation>没有这个乡镇：%1</translation>
    </message>
    <message>
        <source>请选择团队或医生</source>
        <translation>请选择团队或医生</translation>
    </message>
    <message>
        <source>用户的村代码不正确</source>
        <translation>用户的村代码不正确</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>没有这个签约团队：%1</source>
        <translation>没有这个签约团队：%1</translation>
    </message>
    <message>
        <source>没有这位医生：%1</source>
        <translation>没有这位医生：%1</translation>
    </message>
    <message>
        <source>统计期间不正确（开始日期应不晚于结束日期）</source>
        <translation>统计期间不正确（开始日期应不晚于结束日期）</translation>
    </message>
    <message>
        <source>SELECT 应只返回一列（居民 id）</source>
        <translation>SELECT 应只返回一列（居民 id）</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorExport</name>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>值</source>
        <translation>值</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>分子说明</source>
        <translation>分子说明</translation>
    </message>
    <message>
        <source>分母说明</source>
        <translation>分母说明</translation>
    </message>
    <message>
        <source>村</source>
        <translation>村</translation>
    </message>
    <message>
        <source>本机缺少 libxlsxwriter，无法写 Excel 文件；请用 --json</source>
        <translation>本机缺少 libxlsxwriter，无法写 Excel 文件；请用 --json</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>分村</source>
        <translation>分村</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorPeopleModel</name>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>村</source>
        <translation>村</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>档案编号</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorTableModel</name>
    <message>
        <source>✓ 达标</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <source>△ 接近目标</source>
        <translation>△ 接近目标</translation>
    </message>
    <message>
        <source>✗ 未达标</source>
        <translation>✗ 未达标</translation>
    </message>
    <message>
        <source>… 无数据</source>
        <translation>… 无数据</translation>
    </message>
    <message>
        <source>— 未设目标</source>
        <translation>— 未设目标</translation>
    </message>
    <message>
        <source>分子：%1</source>
        <translation>分子：%1</translation>
    </message>
    <message>
        <source>分母：%1</source>
        <translation>分母：%1</translation>
    </message>
    <message>
        <source>本期分母来自设置或估算；登记在册的相应居民 %1 人</source>
        <translation>本期分母来自设置或估算；登记在册的相应居民 %1 人</translation>
    </message>
    <message>
        <source>目标来源：%1</source>
        <translation>目标来源：%1</translation>
    </message>
    <message>
        <source>距目标 %1 个百分点</source>
        <translation>距目标 %1 个百分点</translation>
    </message>
    <message>
        <source>%1 = 分子 ÷ 分母
分子：%2
分母：%3</source>
        <translation>%1 = 分子 ÷ 分母
分子：%2
分母：%3</translation>
    </message>
    <message>
        <source>差 %1 人</source>
        <translation>差 %1 人</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>值</source>
        <translation>值</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>差距</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorTargets</name>
    <message>
        <source>没有这个指标：%1</source>
        <translation>没有这个指标：%1</translation>
    </message>
    <message>
        <source>目标值应在 0 到 100（%）之间</source>
        <translation>目标值应在 0 到 100（%）之间</translation>
    </message>
    <message>
        <source>没有这个设置：%1</source>
        <translation>没有这个设置：%1</translation>
    </message>
    <message>
        <source>%1 应在 %2 到 %3 之间</source>
        <translation>%1 应在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>常住人口不能为负数</source>
        <translation>常住人口不能为负数</translation>
    </message>
    <message>
        <source>没有这个村或乡镇：%1</source>
        <translation>没有这个村或乡镇：%1</translation>
    </message>
    <message>
        <source>目标文件不是有效的 JSON 对象：%1</source>
        <translation>目标文件不是有效的 JSON 对象：%1</translation>
    </message>
    <message>
        <source>未知的项</source>
        <translation>未知的项</translation>
    </message>
    <message>
        <source>没有这个指标</source>
        <translation>没有这个指标</translation>
    </message>
    <message>
        <source>目标值应为 0 到 100 之间的数（%），或 null 表示无目标</source>
        <translation>目标值应为 0 到 100 之间的数（%），或 null 表示无目标</translation>
    </message>
    <message>
        <source>缺少来源（source）：请写明目标出自哪个文件</source>
        <translation>缺少来源（source）：请写明目标出自哪个文件</translation>
    </message>
    <message>
        <source>没有这个设置</source>
        <translation>没有这个设置</translation>
    </message>
    <message>
        <source>应为 %1 到 %2 之间的数</source>
        <translation>应为 %1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>缺少来源（source）</source>
        <translation>缺少来源（source）</translation>
    </message>
    <message>
        <source>没有这个村或乡镇</source>
        <translation>没有这个村或乡镇</translation>
    </message>
    <message>
        <source>常住人口应为不小于 0 的整数</source>
        <translation>常住人口应为不小于 0 的整数</translation>
    </message>
    <message>
        <source>文件中没有目标、设置或常住人口</source>
        <translation>文件中没有目标、设置或常住人口</translation>
    </message>
</context>
<context>
    <name>Models::KeyPopulation</name>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>未知的人群类别：%1</source>
        <translation>未知的人群类别：%1</translation>
    </message>
    <message>
        <source>请填写开始日期</source>
        <translation>请填写开始日期</translation>
    </message>
    <message>
        <source>该居民已登记为此类人群</source>
        <translation>该居民已登记为此类人群</translation>
    </message>
    <message>
        <source>该居民未登记为此类人群</source>
        <translation>该居民未登记为此类人群</translation>
    </message>
</context>
<context>
    <name>Models::LotListModel</name>
    <message>
        <source>疫苗</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>生产企业</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>%1 天内到期，请优先使用</source>
        <translation>%1 天内到期，请优先使用</translation>
    </message>
    <message>
        <source>入库（剂）</source>
        <translation>入库（剂）</translation>
    </message>
    <message>
        <source>库存（剂）</source>
        <translation>库存（剂）</translation>
    </message>
</context>
<context>
    <name>Models::MaternalTimeline</name>
    <message>
        <source>未见异常</source>
        <translation>未见异常</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>未恢复</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>%1（待医生确认）</source>
        <translation>%1（待医生确认）</translation>
    </message>
    <message>
        <source>孕产期建册</source>
        <translation>孕产期建册</translation>
    </message>
    <message>
        <source>孕 %1，预产期 %2，%3</source>
        <translation>孕 %1，预产期 %2，%3</translation>
    </message>
    <message>
        <source>建册孕周</source>
        <translation>建册孕周</translation>
    </message>
    <message>
        <source>预产期</source>
        <translation>预产期</translation>
    </message>
    <message>
        <source>妊娠风险</source>
        <translation>妊娠风险</translation>
    </message>
    <message>
        <source>分娩</source>
        <translation>分娩</translation>
    </message>
    <message>
        <source>分娩地点</source>
        <translation>分娩地点</translation>
    </message>
    <message>
        <source>第%1次产前随访</source>
        <translation>第%1次产前随访</translation>
    </message>
    <message>
        <source>产后访视</source>
        <translation>产后访视</translation>
    </message>
    <message>
        <source>产后42天健康检查</source>
        <translation>产后42天健康检查</translation>
    </message>
    <message>
        <source>督促日期</source>
        <translation>督促日期</translation>
    </message>
    <message>
        <source>孕 %1，</source>
        <translation>孕 %1，</translation>
    </message>
    <message>
        <source>，结案</source>
        <translation>，结案</translation>
    </message>
    <message>
        <source>，转诊</source>
        <translation>，转诊</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>读取孕产妇记录失败</source>
        <translation>读取孕产妇记录失败</translation>
    </message>
    <message>
        <source>产后第%1天</source>
        <translation>产后第%1天</translation>
    </message>
    <message>
        <source>孕%1</source>
        <translation>孕%1</translation>
    </message>
    <message>
        <source>妊娠风险待确认</source>
        <translation>妊娠风险待确认</translation>
    </message>
    <message>
        <source>高危：%1</source>
        <translation>高危：%1</translation>
    </message>
</context>
<context>
    <name>Models::MentalRepository</name>
    <message>
        <source>请选择六种严重精神障碍之一</source>
        <translation>请选择六种严重精神障碍之一</translation>
    </message>
    <message>
        <source>登记日期不能晚于今天</source>
        <translation>登记日期不能晚于今天</translation>
    </message>
    <message>
        <source>确诊日期应在出生日期与登记日期之间</source>
        <translation>确诊日期应在出生日期与登记日期之间</translation>
    </message>
    <message>
        <source>该居民已在严重精神障碍患者管理中</source>
        <translation>该居民已在严重精神障碍患者管理中</translation>
    </message>
    <message>
        <source>找不到该患者管理记录</source>
        <translation>找不到该患者管理记录</translation>
    </message>
    <message>
        <source>该患者已结案，不能再随访</source>
        <translation>该患者已结案，不能再随访</translation>
    </message>
    <message>
        <source>随访日期应在登记日期与今天之间</source>
        <translation>随访日期应在登记日期与今天之间</translation>
    </message>
    <message>
        <source>随访形式应为门诊、家庭访视或电话</source>
        <translation>随访形式应为门诊、家庭访视或电话</translation>
    </message>
    <message>
        <source>未访到时请填写原因</source>
        <translation>未访到时请填写原因</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次随访</source>
        <translation>下次随访日期应晚于本次随访</translation>
    </message>
    <message>
        <source>精神分裂症</source>
        <translation>精神分裂症</translation>
    </message>
    <message>
        <source>分裂情感性障碍</source>
        <translation>分裂情感性障碍</translation>
    </message>
    <message>
        <source>偏执性精神病</source>
        <translation>偏执性精神病</translation>
    </message>
    <message>
        <source>双相情感障碍</source>
        <translation>双相情感障碍</translation>
    </message>
    <message>
        <source>癫痫所致精神障碍</source>
        <translation>癫痫所致精神障碍</translation>
    </message>
    <message>
        <source>精神发育迟滞伴发精神障碍</source>
        <translation>精神发育迟滞伴发精神障碍</translation>
    </message>
</context>
<context>
    <name>Models::MentalRules</name>
    <message>
        <source>严重精神障碍分类规则文件有误：%1</source>
        <translation>严重精神障碍分类规则文件有误：%1</translation>
    </message>
    <message>
        <source>不稳定</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>基本稳定</source>
        <translation>基本稳定</translation>
    </message>
    <message>
        <source>稳定</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>危险性评估应为 0 到 5 级的整数</source>
        <translation>危险性评估应为 0 到 5 级的整数</translation>
    </message>
    <message>
        <source>目前症状应为文字列表</source>
        <translation>目前症状应为文字列表</translation>
    </message>
    <message>
        <source>未知的症状：%1</source>
        <translation>未知的症状：%1</translation>
    </message>
    <message>
        <source>自知力应为 完全、不全 或 缺失</source>
        <translation>自知力应为 完全、不全 或 缺失</translation>
    </message>
    <message>
        <source>社会功能应为最多 5 项的文字列表</source>
        <translation>社会功能应为最多 5 项的文字列表</translation>
    </message>
    <message>
        <source>社会功能各项应为 良好、一般、较差 或 不适用：%1</source>
        <translation>社会功能各项应为 良好、一般、较差 或 不适用：%1</translation>
    </message>
    <message>
        <source>症状明显应为 true 或 false</source>
        <translation>症状明显应为 true 或 false</translation>
    </message>
    <message>
        <source>严重药物不良反应应为 true 或 false</source>
        <translation>严重药物不良反应应为 true 或 false</translation>
    </message>
    <message>
        <source>严重躯体疾病应为 true 或 false</source>
        <translation>严重躯体疾病应为 true 或 false</translation>
    </message>
    <message>
        <source>找不到严重精神障碍分类规则：%1</source>
        <translation>找不到严重精神障碍分类规则：%1</translation>
    </message>
    <message>
        <source>危险性评估 %1 级（%2 级及以上为不稳定）</source>
        <translation>危险性评估 %1 级（%2 级及以上为不稳定）</translation>
    </message>
    <message>
        <source>精神症状明显</source>
        <translation>精神症状明显</translation>
    </message>
    <message>
        <source>自知力%1</source>
        <translation>自知力%1</translation>
    </message>
    <message>
        <source>严重药物不良反应</source>
        <translation>严重药物不良反应</translation>
    </message>
    <message>
        <source>严重躯体疾病</source>
        <translation>严重躯体疾病</translation>
    </message>
    <message>
        <source>危险性评估 %1 级（%2 至 %3 级为基本稳定）</source>
        <translation>危险性评估 %1 级（%2 至 %3 级为基本稳定）</translation>
    </message>
    <message>
        <source>仍有精神症状：%1</source>
        <translation>仍有精神症状：%1</translation>
    </message>
    <message numerus="yes">
        <source>社会功能 %n 项较差</source>
        <translation><numerusform>社会功能 %n 项较差</numerusform></translation>
    </message>
    <message>
        <source>危险性 0 级，无精神症状，自知力完全，社会功能一般或良好</source>
        <translation>危险性 0 级，无精神症状，自知力完全，社会功能一般或良好</translation>
    </message>
    <message>
        <source>危险性 %1 级：对症处理后立即转诊，必要时报告公安并协助送院</source>
        <translation>危险性 %1 级：对症处理后立即转诊，必要时报告公安并协助送院</translation>
    </message>
</context>
<context>
    <name>Models::MentalTimeline</name>
    <message>
        <source>严重精神障碍患者登记</source>
        <translation>严重精神障碍患者登记</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>确诊医院</source>
        <translation>确诊医院</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>危险性 %1 级，%2</source>
        <translation>危险性 %1 级，%2</translation>
    </message>
    <message>
        <source>未访到：%1</source>
        <translation>未访到：%1</translation>
    </message>
    <message>
        <source>严重精神障碍随访</source>
        <translation>严重精神障碍随访</translation>
    </message>
    <message>
        <source>，转诊</source>
        <translation>，转诊</translation>
    </message>
    <message>
        <source>随访形式</source>
        <translation>随访形式</translation>
    </message>
    <message>
        <source>本次随访分类</source>
        <translation>本次随访分类</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>转诊（严重精神障碍）</source>
        <translation>转诊（严重精神障碍）</translation>
    </message>
    <message>
        <source>转至%1，%2</source>
        <translation>转至%1，%2</translation>
    </message>
</context>
<context>
    <name>Models::PackageRepository</name>
    <message>
        <source>服务包代码只能用小写字母、数字和下划线</source>
        <translation>服务包代码只能用小写字母、数字和下划线</translation>
    </message>
    <message>
        <source>请填写服务包名称</source>
        <translation>请填写服务包名称</translation>
    </message>
    <message>
        <source>请选择基础包或个性化包</source>
        <translation>请选择基础包或个性化包</translation>
    </message>
    <message>
        <source>费用不能为负数</source>
        <translation>费用不能为负数</translation>
    </message>
    <message>
        <source>医保、公卫经费与个人自付之和应等于服务费</source>
        <translation>医保、公卫经费与个人自付之和应等于服务费</translation>
    </message>
    <message>
        <source>未知的人群类别：%1</source>
        <translation>未知的人群类别：%1</translation>
    </message>
    <message>
        <source>服务项目的每年次数应在 1 到 52 之间</source>
        <translation>服务项目的每年次数应在 1 到 52 之间</translation>
    </message>
    <message>
        <source>找不到该服务包</source>
        <translation>找不到该服务包</translation>
    </message>
</context>
<context>
    <name>Models::PackageServiceModel</name>
    <message>
        <source>所有签约居民</source>
        <translation>所有签约居民</translation>
    </message>
    <message>
        <source>任务代码</source>
        <translation>任务代码</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>次数/年</source>
        <translation>次数/年</translation>
    </message>
    <message>
        <source>适用人群</source>
        <translation>适用人群</translation>
    </message>
</context>
<context>
    <name>Models::Permission</name>
    <message>
        <source>居民档案</source>
        <translation>居民档案</translation>
    </message>
    <message>
        <source>家庭档案</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>慢病随访</source>
        <translation>慢病随访</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>预防接种</translation>
    </message>
    <message>
        <source>家庭医生签约</source>
        <translation>家庭医生签约</translation>
    </message>
    <message>
        <source>健康档案记录</source>
        <translation>健康档案记录</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>数据同步</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>查看%1</source>
        <extracomment>a permission: 查看 + area, e.g. 查看审计日志</extracomment>
        <translation>查看%1</translation>
    </message>
    <message>
        <source>修改%1</source>
        <extracomment>a permission: 修改 + area, e.g. 修改系统设置</extracomment>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>您的角色无权%1</source>
        <translation>您的角色无权%1</translation>
    </message>
    <message>
        <source>您无权查看或修改该村的居民</source>
        <translation>您无权查看或修改该村的居民</translation>
    </message>
    <message>
        <source>重复档案合并</source>
        <translation>重复档案合并</translation>
    </message>
    <message>
        <source>档案状态</source>
        <translation>档案状态</translation>
    </message>
    <message>
        <source>已关闭档案</source>
        <translation>已关闭档案</translation>
    </message>
    <message>
        <source>登记死亡、迁出、注销或迁入</source>
        <translation>登记死亡、迁出、注销或迁入</translation>
    </message>
    <message>
        <source>恢复已关闭的档案</source>
        <translation>恢复已关闭的档案</translation>
    </message>
    <message>
        <source>严重精神障碍患者记录</source>
        <translation>严重精神障碍患者记录</translation>
    </message>
    <message>
        <source>孕产妇和儿童健康管理</source>
        <translation>孕产妇和儿童健康管理</translation>
    </message>
</context>
<context>
    <name>Models::PregnancyDates</name>
    <message>
        <source>%1周+%2天</source>
        <translation>%1周+%2天</translation>
    </message>
    <message>
        <source>末次月经日期格式应为 YYYY-MM-DD</source>
        <translation>末次月经日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>末次月经日期不能晚于今天</source>
        <translation>末次月经日期不能晚于今天</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD</source>
        <translation>日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>日期不能晚于今天</translation>
    </message>
    <message>
        <source>预产期规则应为 naegele（月+9或-3，日+7）或 lmp280</source>
        <translation>预产期规则应为 naegele（月+9或-3，日+7）或 lmp280</translation>
    </message>
    <message>
        <source>B超预产期格式应为 YYYY-MM-DD</source>
        <translation>B超预产期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>B超预产期与末次月经推算相差超过6周，请核对</source>
        <translation>B超预产期与末次月经推算相差超过6周，请核对</translation>
    </message>
    <message>
        <source>日期早于孕期开始</source>
        <translation>日期早于孕期开始</translation>
    </message>
    <message>
        <source>孕周超过 %1 周，请核对末次月经日期</source>
        <translation>孕周超过 %1 周，请核对末次月经日期</translation>
    </message>
</context>
<context>
    <name>Models::PregnancyRepository</name>
    <message>
        <source>找不到该孕产期记录</source>
        <translation>找不到该孕产期记录</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>只能为女性居民建立孕产期保健册</source>
        <translation>只能为女性居民建立孕产期保健册</translation>
    </message>
    <message>
        <source>该居民的档案已关闭</source>
        <translation>该居民的档案已关闭</translation>
    </message>
    <message>
        <source>建册日期不能晚于今天</source>
        <translation>建册日期不能晚于今天</translation>
    </message>
    <message>
        <source>请填写末次月经日期</source>
        <translation>请填写末次月经日期</translation>
    </message>
    <message>
        <source>末次月经不能晚于建册日期</source>
        <translation>末次月经不能晚于建册日期</translation>
    </message>
    <message>
        <source>B超预产期与末次月经推算相差超过6周，请核对</source>
        <translation>B超预产期与末次月经推算相差超过6周，请核对</translation>
    </message>
    <message>
        <source>预产期推算规则有误</source>
        <translation>预产期推算规则有误</translation>
    </message>
    <message>
        <source>按末次月经孕周超过45周，请核对</source>
        <translation>按末次月经孕周超过45周，请核对</translation>
    </message>
    <message>
        <source>孕次应在 1–20 之间（含本次）</source>
        <translation>孕次应在 1–20 之间（含本次）</translation>
    </message>
    <message>
        <source>产次应小于孕次</source>
        <translation>产次应小于孕次</translation>
    </message>
    <message>
        <source>该居民已有未结案的孕产期记录</source>
        <translation>该居民已有未结案的孕产期记录</translation>
    </message>
    <message>
        <source>请选择风险颜色（绿、黄、橙、红、紫）</source>
        <translation>请选择风险颜色（绿、黄、橙、红、紫）</translation>
    </message>
    <message>
        <source>该孕产期记录已结案</source>
        <translation>该孕产期记录已结案</translation>
    </message>
    <message>
        <source>随访日期不能为空，也不能晚于今天</source>
        <translation>随访日期不能为空，也不能晚于今天</translation>
    </message>
    <message>
        <source>随访日期不能早于建册日期</source>
        <translation>随访日期不能早于建册日期</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次</source>
        <translation>下次随访日期应晚于本次</translation>
    </message>
    <message>
        <source>产前随访应为第2至第5次</source>
        <translation>产前随访应为第2至第5次</translation>
    </message>
    <message>
        <source>已分娩，不能再记录产前随访</source>
        <translation>已分娩，不能再记录产前随访</translation>
    </message>
    <message>
        <source>请选择分类：未见异常或异常</source>
        <translation>请选择分类：未见异常或异常</translation>
    </message>
    <message>
        <source>请先登记分娩</source>
        <translation>请先登记分娩</translation>
    </message>
    <message>
        <source>产后随访日期不能早于分娩日期</source>
        <translation>产后随访日期不能早于分娩日期</translation>
    </message>
    <message>
        <source>请选择分类：已恢复或未恢复</source>
        <translation>请选择分类：已恢复或未恢复</translation>
    </message>
    <message>
        <source>请选择处理：结案或转诊</source>
        <translation>请选择处理：结案或转诊</translation>
    </message>
    <message>
        <source>随访类型有误</source>
        <translation>随访类型有误</translation>
    </message>
    <message>
        <source>该孕产期已登记分娩</source>
        <translation>该孕产期已登记分娩</translation>
    </message>
    <message>
        <source>分娩日期不能为空，也不能晚于今天</source>
        <translation>分娩日期不能为空，也不能晚于今天</translation>
    </message>
    <message>
        <source>分娩日期不能早于末次月经</source>
        <translation>分娩日期不能早于末次月经</translation>
    </message>
    <message>
        <source>出院日期应在分娩日期与今天之间</source>
        <translation>出院日期应在分娩日期与今天之间</translation>
    </message>
    <message>
        <source>请选择妊娠结局</source>
        <translation>请选择妊娠结局</translation>
    </message>
    <message>
        <source>活产请至少登记一名新生儿</source>
        <translation>活产请至少登记一名新生儿</translation>
    </message>
    <message>
        <source>只有活产才登记新生儿</source>
        <translation>只有活产才登记新生儿</translation>
    </message>
    <message>
        <source>请选择新生儿性别</source>
        <translation>请选择新生儿性别</translation>
    </message>
    <message>
        <source>出生体重应在 300–7000 g 之间</source>
        <translation>出生体重应在 300–7000 g 之间</translation>
    </message>
</context>
<context>
    <name>Models::RecordSigner</name>
    <message>
        <source>无法生成签名密钥</source>
        <translation>无法生成签名密钥</translation>
    </message>
    <message>
        <source>您还没有签名密钥，请重新登录后再签名</source>
        <translation>您还没有签名密钥，请重新登录后再签名</translation>
    </message>
    <message>
        <source>密码不正确，未签名</source>
        <translation>密码不正确，未签名</translation>
    </message>
    <message>
        <source>无法签名该类记录：%1</source>
        <translation>无法签名该类记录：%1</translation>
    </message>
    <message>
        <source>找不到要签名的记录</source>
        <translation>找不到要签名的记录</translation>
    </message>
    <message>
        <source>签名失败</source>
        <translation>签名失败</translation>
    </message>
</context>
<context>
    <name>Models::RecordSummary</name>
    <message>
        <source>A型</source>
        <translation>A型</translation>
    </message>
    <message>
        <source>B型</source>
        <translation>B型</translation>
    </message>
    <message>
        <source>O型</source>
        <translation>O型</translation>
    </message>
    <message>
        <source>AB型</source>
        <translation>AB型</translation>
    </message>
    <message>
        <source>Rh阴性</source>
        <translation>Rh阴性</translation>
    </message>
    <message>
        <source>Rh阳性</source>
        <translation>Rh阳性</translation>
    </message>
    <message>
        <source>卫生院</source>
        <translation>卫生院</translation>
    </message>
</context>
<context>
    <name>Models::Referral</name>
    <message>
        <source>已转出</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>已拒收</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>已回转</source>
        <translation>已回转</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>请填写接收机构</source>
        <translation>请填写接收机构</translation>
    </message>
    <message>
        <source>请填写转出原因（主要现病史）</source>
        <translation>请填写转出原因（主要现病史）</translation>
    </message>
    <message>
        <source>转出日期不能晚于今天</source>
        <translation>转出日期不能晚于今天</translation>
    </message>
    <message>
        <source>找不到该转诊单</source>
        <translation>找不到该转诊单</translation>
    </message>
    <message>
        <source>转诊已结束，不能再修改</source>
        <translation>转诊已结束，不能再修改</translation>
    </message>
    <message>
        <source>未知的转诊状态：%1</source>
        <translation>未知的转诊状态：%1</translation>
    </message>
    <message>
        <source>请填写拒收原因</source>
        <translation>请填写拒收原因</translation>
    </message>
    <message>
        <source>该转诊单%1，不能登记回转</source>
        <translation>该转诊单%1，不能登记回转</translation>
    </message>
    <message>
        <source>回转日期应在转出日期与今天之间</source>
        <translation>回转日期应在转出日期与今天之间</translation>
    </message>
    <message>
        <source>请填写诊断结果</source>
        <translation>请填写诊断结果</translation>
    </message>
</context>
<context>
    <name>Models::ReferralTimeline</name>
    <message>
        <source>接收机构</source>
        <translation>接收机构</translation>
    </message>
    <message>
        <source>转出原因</source>
        <translation>转出原因</translation>
    </message>
    <message>
        <source>初步印象</source>
        <translation>初步印象</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>回转日期</source>
        <translation>回转日期</translation>
    </message>
    <message>
        <source>诊断结果</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>住院病案号</source>
        <translation>住院病案号</translation>
    </message>
    <message>
        <source>主要检查结果</source>
        <translation>主要检查结果</translation>
    </message>
    <message>
        <source>治疗方案及康复建议</source>
        <translation>治疗方案及康复建议</translation>
    </message>
    <message>
        <source>转诊（转出）</source>
        <translation>转诊（转出）</translation>
    </message>
    <message>
        <source>转至%1，%2</source>
        <translation>转至%1，%2</translation>
    </message>
    <message>
        <source>转诊待回</source>
        <translation>转诊待回</translation>
    </message>
</context>
<context>
    <name>Models::ReportTable</name>
    <message>
        <source>读取报表数据失败</source>
        <translation>读取报表数据失败</translation>
    </message>
    <message>
        <source>已取消统计</source>
        <translation>已取消统计</translation>
    </message>
    <message>
        <source>没有这张报表：%1（可选：%2）</source>
        <translation>没有这张报表：%1（可选：%2）</translation>
    </message>
    <message>
        <source>统计期间不正确（开始日期应不晚于结束日期）</source>
        <translation>统计期间不正确（开始日期应不晚于结束日期）</translation>
    </message>
    <message>
        <source>没有这个地区：%1</source>
        <translation>没有这个地区：%1</translation>
    </message>
    <message>
        <source>报表 %1 的查询有误</source>
        <translation>报表 %1 的查询有误</translation>
    </message>
    <message>
        <source>报表 %1 的查询没有 village 列</source>
        <translation>报表 %1 的查询没有 village 列</translation>
    </message>
    <message>
        <source>报表 %1 的列 %2 没有查询给出</source>
        <translation>报表 %1 的列 %2 没有查询给出</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>报表定义有误（%1）：%2</source>
        <translation>报表定义有误（%1）：%2</translation>
    </message>
    <message>
        <source>无法读取报表定义文件：%1</source>
        <translation>无法读取报表定义文件：%1</translation>
    </message>
    <message>
        <source>缺少版本号</source>
        <translation>缺少版本号</translation>
    </message>
    <message>
        <source>报表编号为空、重复或含有不允许的字符</source>
        <translation>报表编号为空、重复或含有不允许的字符</translation>
    </message>
    <message>
        <source>缺少报表名称</source>
        <translation>缺少报表名称</translation>
    </message>
    <message>
        <source>比率应写为 [分子列, 分母列]</source>
        <translation>比率应写为 [分子列, 分母列]</translation>
    </message>
    <message>
        <source>列编号为空、重复或含有不允许的字符</source>
        <translation>列编号为空、重复或含有不允许的字符</translation>
    </message>
    <message>
        <source>缺少列名或口径说明</source>
        <translation>缺少列名或口径说明</translation>
    </message>
    <message>
        <source>没有列</source>
        <translation>没有列</translation>
    </message>
    <message>
        <source>比率引用的列 %1 不存在或不是计数列</source>
        <translation>比率引用的列 %1 不存在或不是计数列</translation>
    </message>
    <message>
        <source>比率列不能有自己的查询</source>
        <translation>比率列不能有自己的查询</translation>
    </message>
    <message>
        <source>没有报表</source>
        <translation>没有报表</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1年第%2季度</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>季报</source>
        <translation>季报</translation>
    </message>
    <message>
        <source>年报</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>报表定义的查询有误：%1</source>
        <translation>报表定义的查询有误：%1</translation>
    </message>
    <message>
        <source>未知的重点人群 %1</source>
        <translation>未知的重点人群 %1</translation>
    </message>
    <message>
        <source>未知的宏 %1</source>
        <translation>未知的宏 %1</translation>
    </message>
    <message>
        <source>未知的参数 %1</source>
        <translation>未知的参数 %1</translation>
    </message>
</context>
<context>
    <name>Models::ReportTableModel</name>
    <message>
        <source>填报单位</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>报送周期</source>
        <translation>报送周期</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>填报时间</source>
        <translation>填报时间</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>村（居委会）</translation>
    </message>
</context>
<context>
    <name>Models::ResidentImport</name>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
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
        <source>联系人姓名</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>联系人电话</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>现住址</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>村（居委会）</source>
        <translation>村（居委会）</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>常住类型</source>
        <translation>常住类型</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>对照表中的字段“%1”不认识；可用：name, sex, birth_date, id_number, phone, address, village, ethnicity, residence_type, work_unit, contact_name, contact_phone, ignore</source>
        <translation>对照表中的字段“%1”不认识；可用：name, sex, birth_date, id_number, phone, address, village, ethnicity, residence_type, work_unit, contact_name, contact_phone, ignore</translation>
    </message>
    <message>
        <source>对照表中的列“%1”在文件中没有</source>
        <translation>对照表中的列“%1”在文件中没有</translation>
    </message>
    <message>
        <source>居民导入试运行报告（未写入数据库）</source>
        <translation>居民导入试运行报告（未写入数据库）</translation>
    </message>
    <message>
        <source>居民导入报告</source>
        <translation>居民导入报告</translation>
    </message>
    <message>
        <source>文件：%1（%2）</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <source>共 %1 行：导入 %2 行，已存在跳过 %3 行，有错误 %4 行</source>
        <translation>共 %1 行：导入 %2 行，已存在跳过 %3 行，有错误 %4 行</translation>
    </message>
    <message>
        <source>导入已取消：已提交的批次保留，未提交的批次已撤销。</source>
        <translation>导入已取消：已提交的批次保留，未提交的批次已撤销。</translation>
    </message>
    <message>
        <source>导入中止：%1</source>
        <translation>导入中止：%1</translation>
    </message>
    <message>
        <source>错误（这些行没有导入）：</source>
        <translation>错误（这些行没有导入）：</translation>
    </message>
    <message>
        <source>第 %1 行 %2：%3</source>
        <translation>第 %1 行 %2：%3</translation>
    </message>
    <message>
        <source>提示（已导入，但可能与已有居民重复，请在“重复档案”中核对）：</source>
        <translation>提示（已导入，但可能与已有居民重复，请在“重复档案”中核对）：</translation>
    </message>
    <message>
        <source>已存在（跳过）：</source>
        <translation>已存在（跳过）：</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>性别“%1”无法识别（应为 男/女）</source>
        <translation>性别“%1”无法识别（应为 男/女）</translation>
    </message>
    <message>
        <source>出生日期“%1”不是有效日期</source>
        <translation>出生日期“%1”不是有效日期</translation>
    </message>
    <message>
        <source>民族“%1”无法识别</source>
        <translation>民族“%1”无法识别</translation>
    </message>
    <message>
        <source>常住类型“%1”无法识别（应为 户籍/非户籍）</source>
        <translation>常住类型“%1”无法识别（应为 户籍/非户籍）</translation>
    </message>
    <message>
        <source>村“%1”不在本机的区划表中</source>
        <translation>村“%1”不在本机的区划表中</translation>
    </message>
    <message>
        <source>无法打开对照表文件：%1</source>
        <translation>无法打开对照表文件：%1</translation>
    </message>
    <message>
        <source>对照表文件不是有效的 JSON：%1</source>
        <translation>对照表文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>请指定哪一列是姓名</source>
        <translation>请指定哪一列是姓名</translation>
    </message>
    <message>
        <source>文件中没有“村”列：请选择这些居民所属的村（居委会）</source>
        <translation>文件中没有“村”列：请选择这些居民所属的村（居委会）</translation>
    </message>
    <message>
        <source>该村（居委会）不在本机的区划表中</source>
        <translation>该村（居委会）不在本机的区划表中</translation>
    </message>
    <message>
        <source>数据库未打开</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>数据库结构不对，无法导入</source>
        <translation>数据库结构不对，无法导入</translation>
    </message>
    <message>
        <source>数据库正忙或无法写入</source>
        <translation>数据库正忙或无法写入</translation>
    </message>
    <message>
        <source>联系人电话格式不对</source>
        <translation>联系人电话格式不对</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>与文件中前面一行的身份证号相同</source>
        <translation>与文件中前面一行的身份证号相同</translation>
    </message>
    <message>
        <source>身份证号已登记（%1，档案号 %2）</source>
        <translation>身份证号已登记（%1，档案号 %2）</translation>
    </message>
    <message>
        <source>与文件中前面一行的姓名、出生日期和村相同</source>
        <translation>与文件中前面一行的姓名、出生日期和村相同</translation>
    </message>
    <message>
        <source>同村已有同名同出生日期的居民（档案号 %1）</source>
        <translation>同村已有同名同出生日期的居民（档案号 %1）</translation>
    </message>
    <message>
        <source>已有同名同出生日期的居民（档案号 %1），可能重复</source>
        <translation>已有同名同出生日期的居民（档案号 %1），可能重复</translation>
    </message>
    <message>
        <source>第 %1 至 %2 行这一批写入数据库失败，这一批没有导入，后面的行也没有导入</source>
        <translation>第 %1 至 %2 行这一批写入数据库失败，这一批没有导入，后面的行也没有导入</translation>
    </message>
    <message>
        <source>提交失败，这一批没有导入</source>
        <translation>提交失败，这一批没有导入</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>非户籍</source>
        <translation>非户籍</translation>
    </message>
    <message>
        <source>户籍</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>已写入数据库的是第 %1 行及之前的有效行；之后的行都没有导入，可以再导入一次同一文件（已导入的行会跳过）。</source>
        <translation>已写入数据库的是第 %1 行及之前的有效行；之后的行都没有导入，可以再导入一次同一文件（已导入的行会跳过）。</translation>
    </message>
    <message>
        <source>没有任何行写入数据库。</source>
        <translation>没有任何行写入数据库。</translation>
    </message>
</context>
<context>
    <name>Models::ResidentLifecycle</name>
    <message>
        <source>死亡</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>注销档案</source>
        <translation>注销档案</translation>
    </message>
    <message>
        <source>迁入</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>恢复档案</source>
        <translation>恢复档案</translation>
    </message>
    <message>
        <source>已故</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>已迁出</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>恢复档案请使用“撤销（恢复档案）”</source>
        <translation>恢复档案请使用“撤销（恢复档案）”</translation>
    </message>
    <message>
        <source>该居民的档案状态已是“%1”（%2），如登记有误请由管理员先恢复档案</source>
        <translation>该居民的档案状态已是“%1”（%2），如登记有误请由管理员先恢复档案</translation>
    </message>
    <message>
        <source>已故居民不能办理迁入</source>
        <translation>已故居民不能办理迁入</translation>
    </message>
    <message>
        <source>档案已注销，需由管理员恢复档案后再办理迁入</source>
        <translation>档案已注销，需由管理员恢复档案后再办理迁入</translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation>请填写日期</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>日期不能晚于今天</translation>
    </message>
    <message>
        <source>日期不能早于出生日期（%1）</source>
        <translation>日期不能早于出生日期（%1）</translation>
    </message>
    <message>
        <source>迁入日期不能早于迁出日期（%1）</source>
        <translation>迁入日期不能早于迁出日期（%1）</translation>
    </message>
    <message>
        <source>请填写死亡原因</source>
        <translation>请填写死亡原因</translation>
    </message>
    <message>
        <source>请填写迁往何处</source>
        <translation>请填写迁往何处</translation>
    </message>
    <message>
        <source>请填写注销原因</source>
        <translation>请填写注销原因</translation>
    </message>
    <message>
        <source>请填写从何处迁入（原管理机构）</source>
        <translation>请填写从何处迁入（原管理机构）</translation>
    </message>
    <message>
        <source>内容过长（不超过 %1 字）</source>
        <translation>内容过长（不超过 %1 字）</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>该居民的档案在管，无需恢复</source>
        <translation>该居民的档案在管，无需恢复</translation>
    </message>
    <message>
        <source>请填写恢复原因</source>
        <translation>请填写恢复原因</translation>
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
    <message>
        <source>档案状态</source>
        <translation>档案状态</translation>
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
        <source>该身份证号已在其他村登记。如是同一人，可申请档案迁入</source>
        <translation>该身份证号已在其他村登记。如是同一人，可申请档案迁入</translation>
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
    <name>Models::ResidentTransfer</name>
    <message>
        <source>找不到该迁入申请，或已处理</source>
        <translation>找不到该迁入申请，或已处理</translation>
    </message>
    <message>
        <source>只能迁入到您负责的村</source>
        <translation>只能迁入到您负责的村</translation>
    </message>
    <message>
        <source>没有以该身份证号登记的居民</source>
        <translation>没有以该身份证号登记的居民</translation>
    </message>
    <message>
        <source>该居民已在此村登记</source>
        <translation>该居民已在此村登记</translation>
    </message>
    <message>
        <source>该居民已有一份待处理的迁入申请</source>
        <translation>该居民已有一份待处理的迁入申请</translation>
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
<context>
    <name>Models::RiskScreen</name>
    <message>
        <source>绿色（低风险）</source>
        <translation>绿色（低风险）</translation>
    </message>
    <message>
        <source>黄色（一般风险）</source>
        <translation>黄色（一般风险）</translation>
    </message>
    <message>
        <source>橙色（较高风险）</source>
        <translation>橙色（较高风险）</translation>
    </message>
    <message>
        <source>红色（高风险）</source>
        <translation>红色（高风险）</translation>
    </message>
    <message>
        <source>紫色（传染性疾病）</source>
        <translation>紫色（传染性疾病）</translation>
    </message>
    <message>
        <source>未评估</source>
        <translation>未评估</translation>
    </message>
</context>
<context>
    <name>Models::RoleTable</name>
    <message>
        <source>角色表无效：%1</source>
        <translation>角色表无效：%1</translation>
    </message>
</context>
<context>
    <name>Models::Schedule</name>
    <message>
        <source>免疫程序数据文件有误：%1</source>
        <translation>免疫程序数据文件有误：%1</translation>
    </message>
</context>
<context>
    <name>Models::SecurityPolicy</name>
    <message>
        <source>安全设置文件无效：%1</source>
        <translation>安全设置文件无效：%1</translation>
    </message>
    <message>
        <source>密码至少需要 %1 个字符</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>密码需要包含字母</source>
        <translation>密码需要包含字母</translation>
    </message>
    <message>
        <source>密码需要包含数字</source>
        <translation>密码需要包含数字</translation>
    </message>
    <message>
        <source>密码不能包含用户名</source>
        <translation>密码不能包含用户名</translation>
    </message>
</context>
<context>
    <name>Models::SelfCare</name>
    <message>
        <source>生活自理能力评估规则文件有误：%1</source>
        <translation>生活自理能力评估规则文件有误：%1</translation>
    </message>
    <message>
        <source>找不到生活自理能力评估规则：%1</source>
        <translation>找不到生活自理能力评估规则：%1</translation>
    </message>
    <message>
        <source>“%1”未评估</source>
        <translation>“%1”未评估</translation>
    </message>
    <message>
        <source>“%1”应为 0～3（0 可自理，3 不能自理）</source>
        <translation>“%1”应为 0～3（0 可自理，3 不能自理）</translation>
    </message>
    <message>
        <source>未知的评估项目：%1</source>
        <translation>未知的评估项目：%1</translation>
    </message>
    <message>
        <source>“%1”应为 0～3 的整数</source>
        <translation>“%1”应为 0～3 的整数</translation>
    </message>
</context>
<context>
    <name>Models::SessionListModel</name>
    <message>
        <source>%1月龄</source>
        <translation>%1月龄</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>%1岁%2月</source>
        <translation>%1岁%2月</translation>
    </message>
    <message>
        <source>%1第%2剂</source>
        <translation>%1第%2剂</translation>
    </message>
    <message>
        <source>(逾期)</source>
        <translation>(逾期)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
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
        <source>本次可种</source>
        <translation>本次可种</translation>
    </message>
    <message>
        <source>逾期剂次</source>
        <translation>逾期剂次</translation>
    </message>
    <message>
        <source>监护人/电话</source>
        <translation>监护人/电话</translation>
    </message>
</context>
<context>
    <name>Models::SharedCare</name>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>%1：%2，不能登记管理</source>
        <translation>%1：%2，不能登记管理</translation>
    </message>
</context>
<context>
    <name>Models::TableExport</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>本机缺少 libxlsxwriter，无法写 Excel 文件；请导出为 CSV</source>
        <translation>本机缺少 libxlsxwriter，无法写 Excel 文件；请导出为 CSV</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Models::TabularFile</name>
    <message>
        <source>不是有效的 Excel 文件（缺少 %1）</source>
        <translation>不是有效的 Excel 文件（缺少 %1）</translation>
    </message>
    <message>
        <source>Excel 文件已损坏，无法读取</source>
        <translation>Excel 文件已损坏，无法读取</translation>
    </message>
    <message>
        <source>本机不支持 GB18030 编码，请把文件另存为 UTF-8</source>
        <translation>本机不支持 GB18030 编码，请把文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>文件编码无法识别：既不是 UTF-8 也不是 GB18030</source>
        <translation>文件编码无法识别：既不是 UTF-8 也不是 GB18030</translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>不是有效的 Excel 文件（无法解压）</source>
        <translation>不是有效的 Excel 文件（无法解压）</translation>
    </message>
    <message>
        <source>不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV</source>
        <translation>不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>本机不支持 GB18030 编码</source>
        <translation>本机不支持 GB18030 编码</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>本机缺少 libxlsxwriter，无法写 Excel 文件；请导出为 CSV</source>
        <translation>本机缺少 libxlsxwriter，无法写 Excel 文件；请导出为 CSV</translation>
    </message>
</context>
<context>
    <name>Models::TbRepository</name>
    <message>
        <source>请填写接到通知的时间</source>
        <translation>请填写接到通知的时间</translation>
    </message>
    <message>
        <source>通知时间不能晚于现在</source>
        <translation>通知时间不能晚于现在</translation>
    </message>
    <message>
        <source>请按定点医疗机构的通知填写强化期和继续期的日期</source>
        <translation>请按定点医疗机构的通知填写强化期和继续期的日期</translation>
    </message>
    <message>
        <source>强化期结束日期应不早于开始日期</source>
        <translation>强化期结束日期应不早于开始日期</translation>
    </message>
    <message>
        <source>继续期结束日期应不早于强化期结束日期</source>
        <translation>继续期结束日期应不早于强化期结束日期</translation>
    </message>
    <message>
        <source>督导方式应为：%1</source>
        <translation>督导方式应为：%1</translation>
    </message>
    <message>
        <source>该居民已在肺结核患者管理中</source>
        <translation>该居民已在肺结核患者管理中</translation>
    </message>
    <message>
        <source>找不到该肺结核患者管理记录</source>
        <translation>找不到该肺结核患者管理记录</translation>
    </message>
    <message>
        <source>未知的随访类型：%1</source>
        <translation>未知的随访类型：%1</translation>
    </message>
    <message>
        <source>请填写随访时间</source>
        <translation>请填写随访时间</translation>
    </message>
    <message>
        <source>随访时间不能早于接到通知的时间</source>
        <translation>随访时间不能早于接到通知的时间</translation>
    </message>
    <message>
        <source>随访时间不能晚于现在</source>
        <translation>随访时间不能晚于现在</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次</source>
        <translation>下次随访日期应晚于本次</translation>
    </message>
    <message>
        <source>服药日期应在疗程内（%1 至 %2）</source>
        <translation>服药日期应在疗程内（%1 至 %2）</translation>
    </message>
    <message>
        <source>不能登记今天以后的服药</source>
        <translation>不能登记今天以后的服药</translation>
    </message>
    <message>
        <source>记录来源应为督导人员或服药卡</source>
        <translation>记录来源应为督导人员或服药卡</translation>
    </message>
    <message>
        <source>该患者已结案</source>
        <translation>该患者已结案</translation>
    </message>
    <message>
        <source>停止治疗日期应在开始治疗与今天之间</source>
        <translation>停止治疗日期应在开始治疗与今天之间</translation>
    </message>
    <message>
        <source>停止治疗原因应为：%1</source>
        <translation>停止治疗原因应为：%1</translation>
    </message>
</context>
<context>
    <name>Models::TbRules</name>
    <message>
        <source>肺结核管理规则文件有误：%1</source>
        <translation>肺结核管理规则文件有误：%1</translation>
    </message>
    <message>
        <source>找不到肺结核管理规则：%1</source>
        <translation>找不到肺结核管理规则：%1</translation>
    </message>
</context>
<context>
    <name>Models::TbTimeline</name>
    <message>
        <source>肺结核第一次入户随访</source>
        <translation>肺结核第一次入户随访</translation>
    </message>
    <message>
        <source>肺结核结案评估</source>
        <translation>肺结核结案评估</translation>
    </message>
    <message>
        <source>肺结核随访</source>
        <translation>肺结核随访</translation>
    </message>
    <message>
        <source>通知单位</source>
        <translation>通知单位</translation>
    </message>
    <message>
        <source>化疗方案</source>
        <translation>化疗方案</translation>
    </message>
    <message>
        <source>强化期</source>
        <translation>强化期</translation>
    </message>
    <message>
        <source>继续期结束</source>
        <translation>继续期结束</translation>
    </message>
    <message>
        <source>督导方式</source>
        <translation>督导方式</translation>
    </message>
    <message>
        <source>停止治疗</source>
        <translation>停止治疗</translation>
    </message>
    <message>
        <source>肺结核患者登记</source>
        <translation>肺结核患者登记</translation>
    </message>
    <message>
        <source>%1，%2督导</source>
        <translation>%1，%2督导</translation>
    </message>
    <message>
        <source>已见到患者</source>
        <translation>已见到患者</translation>
    </message>
    <message>
        <source>未见到患者</source>
        <translation>未见到患者</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>肺结核</source>
        <translation>肺结核</translation>
    </message>
</context>
<context>
    <name>Models::TcmChild</name>
    <message>
        <source>儿童中医药健康管理规则文件有误：%1</source>
        <translation>儿童中医药健康管理规则文件有误：%1</translation>
    </message>
    <message>
        <source>找不到儿童中医药健康管理规则：%1</source>
        <translation>找不到儿童中医药健康管理规则：%1</translation>
    </message>
</context>
<context>
    <name>Models::TcmConstitution</name>
    <message>
        <source>中医体质辨识规则文件有误：%1</source>
        <translation>中医体质辨识规则文件有误：%1</translation>
    </message>
    <message>
        <source>找不到中医体质辨识规则：%1</source>
        <translation>找不到中医体质辨识规则：%1</translation>
    </message>
    <message>
        <source>第%1题：测量值 %2 不在锚定范围内</source>
        <translation>第%1题：测量值 %2 不在锚定范围内</translation>
    </message>
    <message>
        <source>第%1题未作答</source>
        <translation>第%1题未作答</translation>
    </message>
    <message>
        <source>第%1题的答案应为 1～5</source>
        <translation>第%1题的答案应为 1～5</translation>
    </message>
    <message>
        <source>BMI 应为 10～80 的数</source>
        <translation>BMI 应为 10～80 的数</translation>
    </message>
    <message>
        <source>腰围应为 30～250 厘米</source>
        <translation>腰围应为 30～250 厘米</translation>
    </message>
    <message>
        <source>缺少 33 题的答案（answers）</source>
        <translation>缺少 33 题的答案（answers）</translation>
    </message>
    <message>
        <source>答案多于 %1 题</source>
        <translation>答案多于 %1 题</translation>
    </message>
    <message>
        <source>第%1题的答案应为 1～5 的整数</source>
        <translation>第%1题的答案应为 1～5 的整数</translation>
    </message>
</context>
<context>
    <name>Models::TcmRepository</name>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>找不到要更正的记录</source>
        <translation>找不到要更正的记录</translation>
    </message>
    <message>
        <source>更正的记录不属于该居民</source>
        <translation>更正的记录不属于该居民</translation>
    </message>
    <message>
        <source>这条记录已经被更正过，请更正最新的版本</source>
        <translation>这条记录已经被更正过，请更正最新的版本</translation>
    </message>
    <message>
        <source>请填写评估日期</source>
        <translation>请填写评估日期</translation>
    </message>
    <message>
        <source>评估日期不能晚于今天</source>
        <translation>评估日期不能晚于今天</translation>
    </message>
    <message>
        <source>评估日期不能早于出生日期</source>
        <translation>评估日期不能早于出生日期</translation>
    </message>
    <message>
        <source>未知的体质：%1</source>
        <translation>未知的体质：%1</translation>
    </message>
    <message>
        <source>未知的保健指导：%1</source>
        <translation>未知的保健指导：%1</translation>
    </message>
    <message>
        <source>找不到该中医体质辨识记录</source>
        <translation>找不到该中医体质辨识记录</translation>
    </message>
    <message>
        <source>月龄应为 6、12、18、24、30 或 36</source>
        <translation>月龄应为 6、12、18、24、30 或 36</translation>
    </message>
    <message>
        <source>请填写不晚于今天的随访日期</source>
        <translation>请填写不晚于今天的随访日期</translation>
    </message>
    <message>
        <source>随访日期早于满 %1 月龄（%2）</source>
        <translation>随访日期早于满 %1 月龄（%2）</translation>
    </message>
    <message>
        <source>儿童中医药健康管理只到 36 月龄</source>
        <translation>儿童中医药健康管理只到 36 月龄</translation>
    </message>
    <message>
        <source>请至少选择一项服务</source>
        <translation>请至少选择一项服务</translation>
    </message>
    <message>
        <source>未知的服务：%1</source>
        <translation>未知的服务：%1</translation>
    </message>
    <message>
        <source>选了“其他”，请写明内容</source>
        <translation>选了“其他”，请写明内容</translation>
    </message>
    <message>
        <source>下次随访日期应晚于本次</source>
        <translation>下次随访日期应晚于本次</translation>
    </message>
    <message>
        <source>找不到该儿童中医药记录</source>
        <translation>找不到该儿童中医药记录</translation>
    </message>
</context>
<context>
    <name>Models::TeamRepository</name>
    <message>
        <source>请填写团队名称</source>
        <translation>请填写团队名称</translation>
    </message>
    <message>
        <source>该村（居委会）不在本机的区划表中</source>
        <translation>该村（居委会）不在本机的区划表中</translation>
    </message>
    <message>
        <source>请填写成员姓名</source>
        <translation>请填写成员姓名</translation>
    </message>
    <message>
        <source>请选择成员角色</source>
        <translation>请选择成员角色</translation>
    </message>
    <message>
        <source>电话号码格式不正确</source>
        <translation>电话号码格式不正确</translation>
    </message>
    <message>
        <source>请选择团队</source>
        <translation>请选择团队</translation>
    </message>
    <message>
        <source>找不到该签约团队</source>
        <translation>找不到该签约团队</translation>
    </message>
    <message>
        <source>找不到该团队成员</source>
        <translation>找不到该团队成员</translation>
    </message>
</context>
<context>
    <name>Models::Timeline</name>
    <message>
        <source>出诊</source>
        <translation>出诊</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>门诊</source>
        <translation>门诊</translation>
    </message>
    <message>
        <source>建立健康档案</source>
        <translation>建立健康档案</translation>
    </message>
    <message>
        <source>档案编号 %1</source>
        <translation>档案编号 %1</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>合并重复档案</source>
        <translation>合并重复档案</translation>
    </message>
    <message>
        <source>合并重复档案（已撤销）</source>
        <translation>合并重复档案（已撤销）</translation>
    </message>
    <message>
        <source>并入 %1（档案号 %2）</source>
        <translation>并入 %1（档案号 %2）</translation>
    </message>
    <message>
        <source>并入的档案</source>
        <translation>并入的档案</translation>
    </message>
    <message>
        <source>主诉</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>查体与检查</source>
        <translation>查体与检查</translation>
    </message>
    <message>
        <source>评估</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>处置计划</source>
        <translation>处置计划</translation>
    </message>
    <message>
        <source>处方</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>转诊至</source>
        <translation>转诊至</translation>
    </message>
    <message>
        <source>转诊原因</source>
        <translation>转诊原因</translation>
    </message>
    <message>
        <source>医生</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>%1接诊</source>
        <translation>%1接诊</translation>
    </message>
    <message>
        <source>血压 %1/%2</source>
        <translation>血压 %1/%2</translation>
    </message>
    <message>
        <source>空腹血糖 %1</source>
        <translation>空腹血糖 %1</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>BMI %1</translation>
    </message>
    <message>
        <source>有异常</source>
        <translation>有异常</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>责任医生</translation>
    </message>
    <message>
        <source>健康体检</source>
        <translation>健康体检</translation>
    </message>
    <message>
        <source>高血压</source>
        <translation>高血压</translation>
    </message>
    <message>
        <source>2型糖尿病</source>
        <translation>2型糖尿病</translation>
    </message>
    <message>
        <source>纳入%1管理</source>
        <translation>纳入%1管理</translation>
    </message>
    <message>
        <source>诊断 %1，确诊 %2</source>
        <translation>诊断 %1，确诊 %2</translation>
    </message>
    <message>
        <source>（%1 结案）</source>
        <translation>（%1 结案）</translation>
    </message>
    <message>
        <source>诊断编码</source>
        <translation>诊断编码</translation>
    </message>
    <message>
        <source>确诊日期</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>糖尿病</source>
        <translation>糖尿病</translation>
    </message>
    <message>
        <source>65岁以上</source>
        <translation>65岁以上</translation>
    </message>
    <message>
        <source>0-6岁儿童</source>
        <translation>0-6岁儿童</translation>
    </message>
    <message>
        <source>找不到该居民</source>
        <translation>找不到该居民</translation>
    </message>
    <message>
        <source>建档</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>接诊</source>
        <translation>接诊</translation>
    </message>
    <message>
        <source>慢病登记</source>
        <translation>慢病登记</translation>
    </message>
    <message>
        <source>慢病随访</source>
        <translation>慢病随访</translation>
    </message>
    <message>
        <source>预防接种</source>
        <translation>预防接种</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>接诊日期</source>
        <translation>接诊日期</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>体检日期</translation>
    </message>
    <message>
        <source>更正前的版本（%1 由 %2 更正）</source>
        <translation>更正前的版本（%1 由 %2 更正）</translation>
    </message>
    <message>
        <source>本条已更正（共 %1 次），当前显示最新版本；更正前的版本见下方。</source>
        <translation>本条已更正（共 %1 次），当前显示最新版本；更正前的版本见下方。</translation>
    </message>
    <message>
        <source>（已更正）</source>
        <translation>（已更正）</translation>
    </message>
    <message>
        <source>生命体征</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <source>死亡原因</source>
        <translation>死亡原因</translation>
    </message>
    <message>
        <source>迁往</source>
        <translation>迁往</translation>
    </message>
    <message>
        <source>注销原因</source>
        <translation>注销原因</translation>
    </message>
    <message>
        <source>迁入自</source>
        <translation>迁入自</translation>
    </message>
    <message>
        <source>恢复原因</source>
        <translation>恢复原因</translation>
    </message>
    <message>
        <source>自该日起不在任何工作清单和统计分母中；签约和慢病管理已随之终止，此前的记录全部保留。</source>
        <translation>自该日起不在任何工作清单和统计分母中；签约和慢病管理已随之终止，此前的记录全部保留。</translation>
    </message>
    <message>
        <source>档案恢复在管；此前终止的签约和管理登记仍为终止，需要时重新签约、登记。</source>
        <translation>档案恢复在管；此前终止的签约和管理登记仍为终止，需要时重新签约、登记。</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>由其他工作站登记（经同步）</source>
        <translation>由其他工作站登记（经同步）</translation>
    </message>
    <message>
        <source>档案状态</source>
        <translation>档案状态</translation>
    </message>
    <message>
        <source>服务完整</source>
        <translation>服务完整</translation>
    </message>
    <message>
        <source>尚缺：%1</source>
        <translation>尚缺：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>老年人健康管理</source>
        <translation>老年人健康管理</translation>
    </message>
    <message>
        <source>生活自理能力</source>
        <translation>生活自理能力</translation>
    </message>
    <message>
        <source>%1 分，%2</source>
        <translation>%1 分，%2</translation>
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
        <translation>尚缺</translation>
    </message>
    <message>
        <source>下次服务</source>
        <translation>下次服务</translation>
    </message>
    <message>
        <source>老年人年度服务未完成</source>
        <translation>老年人年度服务未完成</translation>
    </message>
    <message>
        <source>今年未做老年人健康管理</source>
        <translation>今年未做老年人健康管理</translation>
    </message>
    <message>
        <source>体质未能判定</source>
        <translation>体质未能判定</translation>
    </message>
    <message>
        <source>中医体质辨识</source>
        <translation>中医体质辨识</translation>
    </message>
    <message>
        <source>体质</source>
        <translation>体质</translation>
    </message>
    <message>
        <source>各体质得分</source>
        <translation>各体质得分</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>本条为更正后的版本</source>
        <translation>本条为更正后的版本</translation>
    </message>
    <message>
        <source>儿童中医药健康管理（%1月龄）</source>
        <translation>儿童中医药健康管理（%1月龄）</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>传授方法</source>
        <translation>传授方法</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>下次随访</source>
        <translation>下次随访</translation>
    </message>
    <message>
        <source>儿童中医药</source>
        <translation>儿童中医药</translation>
    </message>
    <message>
        <source>转诊</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>肺结核</source>
        <translation>肺结核</translation>
    </message>
    <message>
        <source>严重精神障碍</source>
        <translation>严重精神障碍</translation>
    </message>
    <message>
        <source>孕产妇健康管理</source>
        <translation>孕产妇健康管理</translation>
    </message>
    <message>
        <source>儿童健康检查</source>
        <translation>儿童健康检查</translation>
    </message>
</context>
<context>
    <name>Models::TimelineModel</name>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>Models::UserRepository</name>
    <message>
        <source>用户名或密码错误</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>用户名应为 2-32 个字母、数字、下划线、点或减号</source>
        <translation>用户名应为 2-32 个字母、数字、下划线、点或减号</translation>
    </message>
    <message>
        <source>未知的角色：%1</source>
        <translation>未知的角色：%1</translation>
    </message>
    <message>
        <source>村代码应为 12 位数字：%1</source>
        <translation>村代码应为 12 位数字：%1</translation>
    </message>
    <message>
        <source>乡村医生必须指定负责的村</source>
        <translation>乡村医生必须指定负责的村</translation>
    </message>
    <message>
        <source>找不到用户：%1</source>
        <translation>找不到用户：%1</translation>
    </message>
    <message>
        <source>用户名已存在：%1</source>
        <translation>用户名已存在：%1</translation>
    </message>
    <message>
        <source>已有用户，不能再创建初始管理员</source>
        <translation>已有用户，不能再创建初始管理员</translation>
    </message>
    <message>
        <source>不能降低或停用自己的管理员账户</source>
        <translation>不能降低或停用自己的管理员账户</translation>
    </message>
    <message>
        <source>新密码不能与旧密码相同</source>
        <translation>新密码不能与旧密码相同</translation>
    </message>
    <message>
        <source>该账户已停用，请联系管理员</source>
        <translation>该账户已停用，请联系管理员</translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账户已锁定至 %1</source>
        <translation>连续输错密码次数过多，账户已锁定至 %1</translation>
    </message>
    <message>
        <source>连续输错密码 %1 次，账户已锁定 %2 分钟</source>
        <translation>连续输错密码 %1 次，账户已锁定 %2 分钟</translation>
    </message>
    <message>
        <source>密码已保存，但未能更新加密数据库的密钥文件：%1</source>
        <translation>密码已保存，但未能更新加密数据库的密钥文件：%1</translation>
    </message>
</context>
<context>
    <name>Models::VaccinationDay</name>
    <message>
        <source>请填写监护人姓名</source>
        <translation>请填写监护人姓名</translation>
    </message>
    <message>
        <source>请从列表中选择与儿童的关系</source>
        <translation>请从列表中选择与儿童的关系</translation>
    </message>
    <message>
        <source>监护人电话应为11位手机号或带区号的固定电话</source>
        <translation>监护人电话应为11位手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>找不到该儿童</source>
        <translation>找不到该儿童</translation>
    </message>
    <message>
        <source>您无权查看或修改该村的居民</source>
        <translation>您无权查看或修改该村的居民</translation>
    </message>
</context>
<context>
    <name>Models::VaccinationDayModel</name>
    <message>
        <source>今日尚无本单位接种</source>
        <translation>今日尚无本单位接种</translation>
    </message>
    <message>
        <source>今日已接种 %1 人，留观中 %2 人</source>
        <translation>今日已接种 %1 人，留观中 %2 人</translation>
    </message>
    <message>
        <source>%1；下一位可离开：%2 %3</source>
        <translation>%1；下一位可离开：%2 %3</translation>
    </message>
    <message>
        <source>可离开</source>
        <translation>可离开</translation>
    </message>
    <message>
        <source>%1 可离开（还需 %2 分钟）</source>
        <extracomment>observation: "10:45 可离开（还需 12 分钟）"</extracomment>
        <translation>%1 可离开（还需 %2 分钟）</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>疫苗</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>接种时间</source>
        <translation>接种时间</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>留观</source>
        <translation>留观</translation>
    </message>
</context>
<context>
    <name>Models::VaccineNames</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Models::VaccinePlanner</name>
    <message>
        <source>已种</source>
        <translation>已种</translation>
    </message>
    <message>
        <source>应种</source>
        <translation>应种</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>无需接种</source>
        <translation>无需接种</translation>
    </message>
    <message>
        <source>禁忌</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>%1月龄</source>
        <translation>%1月龄</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1个月</source>
        <translation>%1个月</translation>
    </message>
    <message>
        <source>未知疫苗：%1</source>
        <translation>未知疫苗：%1</translation>
    </message>
    <message>
        <source>未知健康状况：%1</source>
        <translation>未知健康状况：%1</translation>
    </message>
    <message>
        <source>已接种</source>
        <translation>已接种</translation>
    </message>
    <message>
        <source>已选用%1</source>
        <translation>已选用%1</translation>
    </message>
    <message>
        <source>本系列已完成</source>
        <translation>本系列已完成</translation>
    </message>
    <message>
        <source>已完成：%1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>因健康状况以%1代替%2</source>
        <translation>因健康状况以%1代替%2</translation>
    </message>
    <message>
        <source>健康状况禁忌：%1</source>
        <translation>健康状况禁忌：%1</translation>
    </message>
    <message>
        <source>按程序%1起接种</source>
        <translation>按程序%1起接种</translation>
    </message>
    <message>
        <source>%1未完成，%2起补种</source>
        <translation>%1未完成，%2起补种</translation>
    </message>
    <message>
        <source>距第%1剂至少%2</source>
        <translation>距第%1剂至少%2</translation>
    </message>
    <message>
        <source>距%1第%2剂至少%3</source>
        <translation>距%1第%2剂至少%3</translation>
    </message>
    <message>
        <source>距上次注射减毒活疫苗至少%1</source>
        <translation>距上次注射减毒活疫苗至少%1</translation>
    </message>
    <message>
        <source>满%1不再补种</source>
        <translation>满%1不再补种</translation>
    </message>
    <message>
        <source>补种</source>
        <translation>补种</translation>
    </message>
    <message>
        <source>接种日期早于出生日期</source>
        <translation>接种日期早于出生日期</translation>
    </message>
    <message>
        <source>该儿童有%1的禁忌（健康状况）</source>
        <translation>该儿童有%1的禁忌（健康状况）</translation>
    </message>
    <message>
        <source>%1不用于%2及以上儿童</source>
        <translation>%1不用于%2及以上儿童</translation>
    </message>
    <message>
        <source>当天已接种%1</source>
        <translation>当天已接种%1</translation>
    </message>
    <message>
        <source>与%1（%2）间隔不足%3：两种注射减毒活疫苗未同时接种须间隔至少%3</source>
        <translation>与%1（%2）间隔不足%3：两种注射减毒活疫苗未同时接种须间隔至少%3</translation>
    </message>
    <message>
        <source>%1：%2前接种不计入程序剂次</source>
        <translation>%1：%2前接种不计入程序剂次</translation>
    </message>
    <message>
        <source>%1：满%2不再接种</source>
        <translation>%1：满%2不再接种</translation>
    </message>
    <message>
        <source>非免疫规划疫苗或不计入任何程序剂次</source>
        <translation>非免疫规划疫苗或不计入任何程序剂次</translation>
    </message>
    <message>
        <source>%1已全程接种</source>
        <translation>%1已全程接种</translation>
    </message>
    <message>
        <source>计为%1第%2剂</source>
        <translation>计为%1第%2剂</translation>
    </message>
    <message>
        <source>%1第%2剂未到时间：最早%3（%4）</source>
        <translation>%1第%2剂未到时间：最早%3（%4）</translation>
    </message>
    <message>
        <source>%1第%2剂：%3</source>
        <translation>%1第%2剂：%3</translation>
    </message>
    <message>
        <source>请给出出生日期（YYYY-MM-DD）</source>
        <translation>请给出出生日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>性别应为 M 或 F</source>
        <translation>性别应为 M 或 F</translation>
    </message>
    <message>
        <source>计划日期格式应为 YYYY-MM-DD</source>
        <translation>计划日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>接种日期格式应为 YYYY-MM-DD</source>
        <translation>接种日期格式应为 YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>Models::VitalSigns</name>
    <message>
        <source>收缩压</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>舒张压</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>脉搏</source>
        <translation>脉搏</translation>
    </message>
    <message>
        <source>体温</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>血压 %1/%2 mmHg</source>
        <translation>血压 %1/%2 mmHg</translation>
    </message>
    <message>
        <source>脉搏 %1 次/分</source>
        <translation>脉搏 %1 次/分</translation>
    </message>
    <message>
        <source>体温 %1 ℃</source>
        <translation>体温 %1 ℃</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Models::WorkItem</name>
    <message>
        <source>待处理</source>
        <translation>待处理</translation>
    </message>
    <message numerus="yes">
        <source>逾期 %n 天</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation>
    </message>
    <message>
        <source>已到期</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n 天后到期</source>
        <translation><numerusform>%n 天后到期</numerusform></translation>
    </message>
    <message>
        <source>%1；同时完成签约服务：%2</source>
        <translation>%1；同时完成签约服务：%2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Models::WorkItemModel</name>
    <message>
        <source>本机待办</source>
        <translation>本机待办</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1岁</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>户（地址）</source>
        <translation>户（地址）</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>性别年龄</source>
        <translation>性别年龄</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>应做日期</source>
        <translation>应做日期</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Models::WorkListModel</name>
    <message>
        <source>村（居委会）</source>
        <translation>村（居委会）</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>签约医生</source>
        <translation>签约医生</translation>
    </message>
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
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>协议号</source>
        <translation>协议号</translation>
    </message>
    <message>
        <source>重点人群</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>已签约</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>家庭人数</source>
        <translation>家庭人数</translation>
    </message>
</context>
<context>
    <name>Models::WorklistSources</name>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>家庭医生签约已于 %1 到期，待续约%2</source>
        <translation>家庭医生签约已于 %1 到期，待续约%2</translation>
    </message>
    <message>
        <source>家庭医生签约将于 %1 到期，请续约%2</source>
        <translation>家庭医生签约将于 %1 到期，请续约%2</translation>
    </message>
    <message>
        <source>签约服务“%1”逾期，应于 %2</source>
        <translation>签约服务“%1”逾期，应于 %2</translation>
    </message>
    <message>
        <source>签约服务“%1”应于 %2</source>
        <translation>签约服务“%1”应于 %2</translation>
    </message>
    <message>
        <source>慢病清单类型“%1”不存在</source>
        <translation>慢病清单类型“%1”不存在</translation>
    </message>
    <message>
        <source>%1随访逾期，应于 %2</source>
        <translation>%1随访逾期，应于 %2</translation>
    </message>
    <message>
        <source>%1随访应于 %2</source>
        <translation>%1随访应于 %2</translation>
    </message>
    <message>
        <source>（上次 %1%2）</source>
        <translation>（上次 %1%2）</translation>
    </message>
    <message>
        <source>（尚无随访）</source>
        <translation>（尚无随访）</translation>
    </message>
    <message>
        <source>%1 第%2剂</source>
        <translation>%1 第%2剂</translation>
    </message>
    <message>
        <source>（补种）</source>
        <translation>（补种）</translation>
    </message>
    <message>
        <source>工作清单来源“%1”的查询无法执行</source>
        <translation>工作清单来源“%1”的查询无法执行</translation>
    </message>
    <message>
        <source>工作清单来源定义有误：%1</source>
        <translation>工作清单来源定义有误：%1</translation>
    </message>
    <message>
        <source>缺少 sources 列表</source>
        <translation>缺少 sources 列表</translation>
    </message>
    <message>
        <source>来源编号“%1”为空、重复或含有不允许的字符</source>
        <translation>来源编号“%1”为空、重复或含有不允许的字符</translation>
    </message>
    <message>
        <source>来源“%1”缺少项目名称（programme.zh）</source>
        <translation>来源“%1”缺少项目名称（programme.zh）</translation>
    </message>
    <message>
        <source>来源“%1”须写明所需的查看权限（permission）</source>
        <translation>来源“%1”须写明所需的查看权限（permission）</translation>
    </message>
    <message>
        <source>来源“%1”须有 class 或 query 之一</source>
        <translation>来源“%1”须有 class 或 query 之一</translation>
    </message>
    <message>
        <source>来源“%1”的类“%2”不存在</source>
        <translation>来源“%1”的类“%2”不存在</translation>
    </message>
    <message>
        <source>来源“%1”的查询须为 SELECT，并用 {population} 限定在册居民</source>
        <translation>来源“%1”的查询须为 SELECT，并用 {population} 限定在册居民</translation>
    </message>
    <message>
        <source>来源“%1”须写明 kind 和 form</source>
        <translation>来源“%1”须写明 kind 和 form</translation>
    </message>
    <message>
        <source>来源“%1”须给出事由（reasons）</source>
        <translation>来源“%1”须给出事由（reasons）</translation>
    </message>
    <message>
        <source>来源“%1”的事由“%2”缺少中文</source>
        <translation>来源“%1”的事由“%2”缺少中文</translation>
    </message>
</context>
<context>
    <name>ReportSender</name>
    <message>
        <source>本机没有村（行政区划），无法确定上报机构的地区</source>
        <translation>本机没有村（行政区划），无法确定上报机构的地区</translation>
    </message>
    <message>
        <source>无法保存工作站标识</source>
        <translation>无法保存工作站标识</translation>
    </message>
    <message>
        <source>月份无效或尚未开始：%1</source>
        <translation>月份无效或尚未开始：%1</translation>
    </message>
    <message>
        <source>上报月度指标需要统计报表和同步权限</source>
        <translation>上报月度指标需要统计报表和同步权限</translation>
    </message>
    <message>
        <source>上报月度指标需要全部村的权限（本账户只能看到部分村，指标会不完整）</source>
        <translation>上报月度指标需要全部村的权限（本账户只能看到部分村，指标会不完整）</translation>
    </message>
    <message>
        <source>尚未设置区域平台地址和工作站令牌（见同步设置）</source>
        <translation>尚未设置区域平台地址和工作站令牌（见同步设置）</translation>
    </message>
    <message>
        <source>统计 %1 的指标</source>
        <translation>统计 %1 的指标</translation>
    </message>
    <message>
        <source>没有可上报的指标</source>
        <translation>没有可上报的指标</translation>
    </message>
    <message>
        <source>无法读取 CA 证书文件：%1</source>
        <translation>无法读取 CA 证书文件：%1</translation>
    </message>
    <message>
        <source>无法连接区域平台：%1</source>
        <translation>无法连接区域平台：%1</translation>
    </message>
    <message>
        <source>区域平台不接受本工作站的令牌（401）</source>
        <translation>区域平台不接受本工作站的令牌（401）</translation>
    </message>
    <message>
        <source>区域平台拒绝（%1）：%2</source>
        <translation>区域平台拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>读取平台上已有的版本</source>
        <translation>读取平台上已有的版本</translation>
    </message>
    <message>
        <source>上报 %1 项指标</source>
        <translation>上报 %1 项指标</translation>
    </message>
    <message>
        <source>区域平台的应答不完整（%1 项，应为 %2 项）</source>
        <translation>区域平台的应答不完整（%1 项，应为 %2 项）</translation>
    </message>
    <message>
        <source>区域平台的应答含有失败的条目：%1</source>
        <translation>区域平台的应答含有失败的条目：%1</translation>
    </message>
    <message>
        <source>已上报 %1 项指标</source>
        <translation>已上报 %1 项指标</translation>
    </message>
    <message>
        <source>区域平台上的版本一直在变（412），请稍后再试</source>
        <translation>区域平台上的版本一直在变（412），请稍后再试</translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message>
        <source>无法连接平台：%1</source>
        <translation>无法连接平台：%1</translation>
    </message>
    <message>
        <source>平台返回 HTTP %1</source>
        <translation>平台返回 HTTP %1</translation>
    </message>
    <message>
        <source>数据库忙，请稍后再同步</source>
        <translation>数据库忙，请稍后再同步</translation>
    </message>
    <message>
        <source>写入下载的数据失败</source>
        <translation>写入下载的数据失败</translation>
    </message>
    <message>
        <source>下载</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>上传</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>%1 条平台记录无法存入本机（例如档案编号重复），已暂存并将在下次同步时重试</source>
        <translation>%1 条平台记录无法存入本机（例如档案编号重复），已暂存并将在下次同步时重试</translation>
    </message>
    <message>
        <source>本机时钟与平台相差 %1 分钟，请校准系统时间</source>
        <translation>本机时钟与平台相差 %1 分钟，请校准系统时间</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>您没有同步数据的权限</source>
        <translation>您没有同步数据的权限</translation>
    </message>
    <message>
        <source>尚未配置区域平台地址和工作站令牌</source>
        <translation>尚未配置区域平台地址和工作站令牌</translation>
    </message>
    <message>
        <source>另一个同步正在进行</source>
        <translation>另一个同步正在进行</translation>
    </message>
    <message>
        <source>无法读取 CA 证书文件：%1</source>
        <translation>无法读取 CA 证书文件：%1</translation>
    </message>
    <message>
        <source>连接平台</source>
        <translation>连接平台</translation>
    </message>
    <message>
        <source>同步已取消</source>
        <translation>同步已取消</translation>
    </message>
    <message>
        <source>数据库未打开</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>平台的应答不完整</source>
        <translation>平台的应答不完整</translation>
    </message>
    <message>
        <source>FHIR 服务器 %1 不支持事务包（transaction），无法同步</source>
        <translation>FHIR 服务器 %1 不支持事务包（transaction），无法同步</translation>
    </message>
    <message>
        <source>%1 不是 FHIR R4 服务器：找不到它的能力声明（metadata）</source>
        <translation>%1 不是 FHIR R4 服务器：找不到它的能力声明（metadata）</translation>
    </message>
    <message>
        <source>服务器只返回了 %1 条中的 %2 条，没有给出下一页的链接</source>
        <translation>服务器只返回了 %1 条中的 %2 条，没有给出下一页的链接</translation>
    </message>
    <message>
        <source>服务器的下一页链接指回已读过的页</source>
        <translation>服务器的下一页链接指回已读过的页</translation>
    </message>
    <message>
        <source>服务器的下一页链接指向另一个服务器：%1</source>
        <translation>服务器的下一页链接指向另一个服务器：%1</translation>
    </message>
    <message>
        <source>服务器 %1 既不提供历史（_history）也不提供按类型查询，无法下载修改</source>
        <translation>服务器 %1 既不提供历史（_history）也不提供按类型查询，无法下载修改</translation>
    </message>
    <message>
        <source>%1 条记录未能上传，将在下次同步时重试</source>
        <translation>%1 条记录未能上传，将在下次同步时重试</translation>
    </message>
</context>
<context>
    <name>Sync::SyncState</name>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
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
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>现住址</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>所属村（居委会）</source>
        <translation>所属村（居委会）</translation>
    </message>
    <message>
        <source>常住类型</source>
        <translation>常住类型</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>联系人姓名</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>联系人电话</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>诊断编码</source>
        <translation>诊断编码</translation>
    </message>
    <message>
        <source>确诊日期</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <source>危险分层</source>
        <translation>危险分层</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>责任医生</source>
        <translation>责任医生</translation>
    </message>
    <message>
        <source>平台地址应以 https:// 开头</source>
        <translation>平台地址应以 https:// 开头</translation>
    </message>
    <message>
        <source>找不到 CA 证书文件：%1</source>
        <translation>找不到 CA 证书文件：%1</translation>
    </message>
    <message>
        <source>不支持的记录类型</source>
        <translation>不支持的记录类型</translation>
    </message>
    <message>
        <source>未知字段：%1</source>
        <translation>未知字段：%1</translation>
    </message>
    <message>
        <source>数据库忙，请稍后再试</source>
        <translation>数据库忙，请稍后再试</translation>
    </message>
    <message>
        <source>数据库操作失败</source>
        <translation>数据库操作失败</translation>
    </message>
    <message>
        <source>请为每个冲突字段选择一个值</source>
        <translation>请为每个冲突字段选择一个值</translation>
    </message>
    <message>
        <source>自动同步间隔应在 0（关闭）到 1440 分钟之间</source>
        <translation>自动同步间隔应在 0（关闭）到 1440 分钟之间</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>人群标记</source>
        <translation>人群标记</translation>
    </message>
    <message>
        <source>接诊</source>
        <translation>接诊</translation>
    </message>
    <message>
        <source>体检</source>
        <translation>体检</translation>
    </message>
    <message>
        <source>慢病登记</source>
        <translation>慢病登记</translation>
    </message>
    <message>
        <source>随访</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>接种</source>
        <translation>接种</translation>
    </message>
    <message>
        <source>禁忌/拒种</source>
        <translation>禁忌/拒种</translation>
    </message>
    <message>
        <source>接种证</source>
        <translation>接种证</translation>
    </message>
    <message>
        <source>疫苗批号</source>
        <translation>疫苗批号</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>签约服务</source>
        <translation>签约服务</translation>
    </message>
    <message>
        <source>服务包</source>
        <translation>服务包</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>团队成员</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>监护人关系</source>
        <translation>监护人关系</translation>
    </message>
    <message>
        <source>随访日期</source>
        <translation>随访日期</translation>
    </message>
    <message>
        <source>下次随访日期</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>收缩压（mmHg）</source>
        <translation>收缩压（mmHg）</translation>
    </message>
    <message>
        <source>舒张压（mmHg）</source>
        <translation>舒张压（mmHg）</translation>
    </message>
    <message>
        <source>心率（次/分）</source>
        <translation>心率（次/分）</translation>
    </message>
    <message>
        <source>体重（kg）</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <source>身高（cm）</source>
        <translation>身高（cm）</translation>
    </message>
    <message>
        <source>体质指数</source>
        <translation>体质指数</translation>
    </message>
    <message>
        <source>空腹血糖（mmol/L）</source>
        <translation>空腹血糖（mmol/L）</translation>
    </message>
    <message>
        <source>糖化血红蛋白（%）</source>
        <translation>糖化血红蛋白（%）</translation>
    </message>
    <message>
        <source>用药情况</source>
        <translation>用药情况</translation>
    </message>
    <message>
        <source>症状</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>服药依从性</source>
        <translation>服药依从性</translation>
    </message>
    <message>
        <source>日吸烟量（支）</source>
        <translation>日吸烟量（支）</translation>
    </message>
    <message>
        <source>日饮酒量（两）</source>
        <translation>日饮酒量（两）</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>体检日期</translation>
    </message>
    <message>
        <source>接种日期</source>
        <translation>接种日期</translation>
    </message>
    <message>
        <source>批号</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>药物过敏史</source>
        <translation>药物过敏史</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 条记录的修改尚未上传到平台</source>
        <translation><numerusform>有 %n 条记录的修改尚未上传到平台</numerusform></translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 条记录有同步冲突</source>
        <translation><numerusform>另有 %n 条记录有同步冲突</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>同步冲突：%1（%n 处本机与平台不同，请选择）</source>
        <translation><numerusform>同步冲突：%1（%n 处本机与平台不同，请选择）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 条记录被平台拒收</source>
        <translation><numerusform>另有 %n 条记录被平台拒收</numerusform></translation>
    </message>
    <message>
        <source>平台拒收：%1：%2</source>
        <translation>平台拒收：%1：%2</translation>
    </message>
    <message>
        <source>老年人健康管理</source>
        <translation>老年人健康管理</translation>
    </message>
    <message>
        <source>中医体质辨识</source>
        <translation>中医体质辨识</translation>
    </message>
    <message>
        <source>儿童中医药健康管理</source>
        <translation>儿童中医药健康管理</translation>
    </message>
    <message>
        <source>孕产妇建册</source>
        <translation>孕产妇建册</translation>
    </message>
    <message>
        <source>产前/产后随访</source>
        <translation>产前/产后随访</translation>
    </message>
    <message>
        <source>分娩（新生儿）</source>
        <translation>分娩（新生儿）</translation>
    </message>
    <message>
        <source>儿童健康检查</source>
        <translation>儿童健康检查</translation>
    </message>
    <message>
        <source>严重精神障碍登记</source>
        <translation>严重精神障碍登记</translation>
    </message>
    <message>
        <source>严重精神障碍随访</source>
        <translation>严重精神障碍随访</translation>
    </message>
    <message>
        <source>肺结核患者登记</source>
        <translation>肺结核患者登记</translation>
    </message>
    <message>
        <source>肺结核随访</source>
        <translation>肺结核随访</translation>
    </message>
    <message>
        <source>肺结核服药记录</source>
        <translation>肺结核服药记录</translation>
    </message>
    <message>
        <source>双向转诊</source>
        <translation>双向转诊</translation>
    </message>
    <message>
        <source>压缩上传应为 auto、on 或 off</source>
        <translation>压缩上传应为 auto、on 或 off</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>数据库操作失败</source>
        <translation>数据库操作失败</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>家医</source>
        <translation>家医</translation>
    </message>
    <message>
        <source>设置文件有 %1 处问题，什么都没有写入：
%2</source>
        <translation>设置文件有 %1 处问题，什么都没有写入：
%2</translation>
    </message>
    <message>
        <source>设置没有写入：%1</source>
        <translation>设置没有写入：%1</translation>
    </message>
    <message>
        <source>加密的数据库请用 jiayi-cli setup --from 文件 --db 数据库 --unlock-recovery-key-file 恢复密钥文件 写入设置</source>
        <translation>加密的数据库请用 jiayi-cli setup --from 文件 --db 数据库 --unlock-recovery-key-file 恢复密钥文件 写入设置</translation>
    </message>
</context>
</TS>