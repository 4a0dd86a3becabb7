// ImportMapping and ImportReport: the column mapping and the saved report of a resident import.
#include "residentimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentImport)
};

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label;
    QStringList synonyms; // header texts that mean this field, exact first
};

const QList<FieldInfo> &fieldInfo()
{
    static const QList<FieldInfo> list{
        {ImportField::Name,
         "name",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "姓名"),
         {QStringLiteral("姓名"), QStringLiteral("居民姓名"), QStringLiteral("名字"),
          QStringLiteral("name")}},
        {ImportField::Sex,
         "sex",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "性别"),
         {QStringLiteral("性别"), QStringLiteral("sex"), QStringLiteral("gender")}},
        {ImportField::BirthDate,
         "birth_date",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "出生日期"),
         {QStringLiteral("出生日期"), QStringLiteral("出生年月"), QStringLiteral("出生年月日"),
          QStringLiteral("生日"), QStringLiteral("birth_date"), QStringLiteral("birthdate")}},
        {ImportField::IdNumber,
         "id_number",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "身份证号"),
         {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"),
          QStringLiteral("证件号码"), QStringLiteral("身份证"), QStringLiteral("id_number")}},
        {ImportField::ContactName,
         "contact_name",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "联系人姓名"),
         {QStringLiteral("联系人姓名"), QStringLiteral("联系人"), QStringLiteral("contact_name")}},
        {ImportField::ContactPhone,
         "contact_phone",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "联系人电话"),
         {QStringLiteral("联系人电话"), QStringLiteral("contact_phone")}},
        {ImportField::Phone,
         "phone",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "联系电话"),
         {QStringLiteral("联系电话"), QStringLiteral("本人电话"), QStringLiteral("电话"),
          QStringLiteral("手机"), QStringLiteral("手机号"), QStringLiteral("手机号码"),
          QStringLiteral("phone")}},
        {ImportField::Address,
         "address",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "现住址"),
         {QStringLiteral("现住址"), QStringLiteral("住址"), QStringLiteral("家庭住址"),
          QStringLiteral("居住地址"), QStringLiteral("地址"), QStringLiteral("address")}},
        {ImportField::Village,
         "village",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "村（居委会）"),
         {QStringLiteral("村（居委会）"), QStringLiteral("村(居委会)"), QStringLiteral("村"),
          QStringLiteral("所属村"), QStringLiteral("行政村"), QStringLiteral("村居"),
          QStringLiteral("居委会"), QStringLiteral("村编码"), QStringLiteral("village")}},
        {ImportField::Ethnicity,
         "ethnicity",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "民族"),
         {QStringLiteral("民族"), QStringLiteral("ethnicity")}},
        {ImportField::ResidenceType,
         "residence_type",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "常住类型"),
         {QStringLiteral("常住类型"), QStringLiteral("户籍类型"),
          QStringLiteral("residence_type")}},
        {ImportField::WorkUnit,
         "work_unit",
         QT_TRANSLATE_NOOP("Models::ResidentImport", "工作单位"),
         {QStringLiteral("工作单位"), QStringLiteral("单位"), QStringLiteral("work_unit")}},
    };
    return list;
}

QString normalizeHeader(QString h)
{
    h = h.simplified().remove(QLatin1Char(' ')).remove(QLatin1Char('*')).toLower();
    h.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    return h;
}

QString normalizedSynonym(const QString &s)
{
    return normalizeHeader(s);
}
} // namespace

QList<ImportField> ImportMapping::allFields()
{
    QList<ImportField> out;
    for (const FieldInfo &f : fieldInfo())
        out << f.field;
    return out;
}

QString ImportMapping::fieldKey(ImportField f)
{
    for (const FieldInfo &i : fieldInfo())
        if (i.field == f)
            return QLatin1String(i.key);
    return QStringLiteral("ignore");
}

QString ImportMapping::fieldLabel(ImportField f)
{
    for (const FieldInfo &i : fieldInfo())
        if (i.field == f)
            return Text::tr(i.label);
    return Text::tr("（不导入）");
}

int ImportMapping::columnOf(ImportField f) const
{
    return int(columns.indexOf(f));
}

ImportMapping ImportMapping::detect(const QStringList &header)
{
    ImportMapping m;
    m.columns.fill(ImportField::Ignore, header.size());
    QList<ImportField> used;
    // Pass 1: exact synonyms. Pass 2: a header that contains a synonym (longest synonyms first,
    // so 联系人电话 is not taken for 电话).
    for (int pass = 0; pass < 2; ++pass) {
        for (int c = 0; c < header.size(); ++c) {
            if (m.columns.at(c) != ImportField::Ignore)
                continue;
            const QString h = normalizeHeader(header.at(c));
            if (h.isEmpty() || h == QStringLiteral("档案编号") || h == QStringLiteral("序号"))
                continue;
            int bestLen = 0;
            ImportField best = ImportField::Ignore;
            for (const FieldInfo &f : fieldInfo()) {
                if (used.contains(f.field))
                    continue;
                for (const QString &s : f.synonyms) {
                    const QString n = normalizedSynonym(s);
                    const bool hit = pass == 0 ? h == n : h.contains(n);
                    if (hit && n.size() > bestLen) {
                        bestLen = int(n.size());
                        best = f.field;
                    }
                }
            }
            if (best != ImportField::Ignore) {
                m.columns[c] = best;
                used << best;
            }
        }
    }
    return m;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &o, const QStringList &header,
                                              ImportMapping m)
{
    m.columns.resize(header.size(), ImportField::Ignore);
    QJsonObject cols = o.value(QStringLiteral("columns")).toObject();
    if (cols.isEmpty()) {
        cols = o;
        cols.remove(QStringLiteral("village"));
    }
    if (o.value(QStringLiteral("village")).isString())
        m.defaultVillage = o.value(QStringLiteral("village")).toString();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        const QString key = it.value().toString();
        ImportField field = ImportField::Ignore;
        bool known = key == QLatin1String("ignore") || key.isEmpty();
        for (const FieldInfo &f : fieldInfo())
            if (key == QLatin1String(f.key)) {
                field = f.field;
                known = true;
            }
        if (!known)
            return makeError(
                QStringLiteral("mapping.field"),
                Text::tr("对照表中的字段“%1”不认识；可用：name, sex, birth_date, id_number, phone,"
                         " address, village, ethnicity, residence_type, work_unit, contact_name,"
                         " contact_phone, ignore")
                    .arg(key),
                QStringLiteral("mapping"));
        int col = int(header.indexOf(it.key()));
        if (col < 0) {
            bool isNumber = false;
            const int n = it.key().toInt(&isNumber);
            if (isNumber && n >= 1 && n <= header.size())
                col = n - 1;
        }
        if (col < 0)
            return makeError(QStringLiteral("mapping.column"),
                             Text::tr("对照表中的列“%1”在文件中没有").arg(it.key()),
                             QStringLiteral("mapping"));
        // A field goes to one column: a later assignment moves it.
        for (ImportField &f : m.columns)
            if (f == field && field != ImportField::Ignore)
                f = ImportField::Ignore;
        m.columns[col] = field;
    }
    return m;
}

QJsonObject ImportMapping::toJson(const QStringList &header) const
{
    QJsonObject cols;
    for (int c = 0; c < header.size() && c < columns.size(); ++c)
        cols.insert(header.at(c), fieldKey(columns.at(c)));
    QJsonObject o{{QStringLiteral("columns"), cols}};
    if (!defaultVillage.isEmpty())
        o.insert(QStringLiteral("village"), defaultVillage);
    return o;
}

QString ImportReport::toText() const
{
    QStringList out;
    out << (dryRun ? Text::tr("居民导入试运行报告（未写入数据库）") : Text::tr("居民导入报告"));
    out << Text::tr("文件：%1（%2）").arg(file, encoding);
    out << Text::tr("共 %1 行：导入 %2 行，已存在跳过 %3 行，有错误 %4 行")
               .arg(total)
               .arg(imported)
               .arg(existing)
               .arg(failed);
    if (cancelled)
        out << Text::tr("导入已取消：已提交的批次保留，未提交的批次已撤销。");
    if (!stopReason.isEmpty())
        out << Text::tr("导入中止：%1").arg(stopReason);
    if (!dryRun && (cancelled || !stopReason.isEmpty()))
        out << (committedThroughLine > 0 ? Text::tr("已写入数据库的是第 %1 "
                                                    "行及之前的有效行；之后的行都没有导入，可以再导"
                                                    "入一次同一文件（已导入的行会跳过）。")
                                               .arg(committedThroughLine)
                                         : Text::tr("没有任何行写入数据库。"));
    if (!errors.isEmpty()) {
        out << QString() << Text::tr("错误（这些行没有导入）：");
        for (const ImportRowIssue &e : errors)
            out << Text::tr("第 %1 行 %2：%3").arg(e.line).arg(e.name, e.reason);
    }
    if (!warnings.isEmpty()) {
        out << QString()
            << Text::tr("提示（已导入，但可能与已有居民重复，请在“重复档案”中核对）：");
        for (const ImportRowIssue &e : warnings)
            out << Text::tr("第 %1 行 %2：%3").arg(e.line).arg(e.name, e.reason);
    }
    if (!skipped.isEmpty()) {
        out << QString() << Text::tr("已存在（跳过）：");
        for (const ImportRowIssue &e : skipped)
            out << Text::tr("第 %1 行 %2：%3").arg(e.line).arg(e.name, e.reason);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject ImportReport::toJson() const
{
    auto issues = [](const QVector<ImportRowIssue> &list) {
        QJsonArray a;
        for (const ImportRowIssue &e : list)
            a.append(QJsonObject{{QStringLiteral("line"), e.line},
                                 {QStringLiteral("name"), e.name},
                                 {QStringLiteral("field"), e.field},
                                 {QStringLiteral("reason"), e.reason}});
        return a;
    };
    QJsonArray lines;
    for (int l : importedLines)
        lines.append(l);
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("existing"), existing},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("errors"), issues(errors)},
                       {QStringLiteral("warnings"), issues(warnings)},
                       {QStringLiteral("skipped"), issues(skipped)},
                       {QStringLiteral("imported_lines"), lines},
                       {QStringLiteral("stop_reason"), stopReason},
                       {QStringLiteral("committed_through_line"), committedThroughLine},
                       {QStringLiteral("milliseconds"), milliseconds}};
}

Result<void> ImportReport::save(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path),
                         QStringLiteral("file"), f.errorString());
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                 ? QJsonDocument(toJson()).toJson(QJsonDocument::Indented)
                                 : "\xEF\xBB\xBF" + toText().toUtf8();
    if (f.write(bytes) != bytes.size())
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path),
                         QStringLiteral("file"), f.errorString());
    return {};
}

} // namespace Models
