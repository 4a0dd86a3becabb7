#include "residentimport.h"

#include "changelog.h"
#include "codetable.h"
#include "dbaccess.h"
#include "permission.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <QJsonArray>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentImport)
};

QChar parseSex(const QString &s)
{
    const QString t = s.trimmed().toLower();
    if (t == QStringLiteral("男") || t == QLatin1String("m") || t == QLatin1String("1") ||
        t == QLatin1String("male") || t == QStringLiteral("男性"))
        return QLatin1Char('M');
    if (t == QStringLiteral("女") || t == QLatin1String("f") || t == QLatin1String("2") ||
        t == QLatin1String("female") || t == QStringLiteral("女性"))
        return QLatin1Char('F');
    return {};
}
} // namespace

ResidentImport::ResidentImport(QString connectionName) : m_conn(std::move(connectionName))
{
    QSqlQuery q(db(m_conn));
    if (q.exec(QStringLiteral("SELECT code, name FROM area WHERE level = 'village'")))
        while (q.next()) {
            const QString code = q.value(0).toString();
            const QString name = q.value(1).toString();
            m_villageCodes.insert(code, code);
            for (const QString &n : villageNames(name))
                m_villageByName.insert(n, code);
        }
}

QStringList ResidentImport::villageNames(const QString &name)
{
    QStringList names{name};
    // a committee's 社区居委会 is often written 社区
    for (const QString &suffix :
         {QStringLiteral("村"), QStringLiteral("居委会"), QStringLiteral("村委会")})
        if (name.endsWith(suffix) && name.size() > suffix.size())
            names << name.chopped(suffix.size());
    return names;
}

QString ResidentImport::villageCodeFor(const QString &cell) const
{
    const QString t = cell.simplified();
    if (t.isEmpty())
        return {};
    if (m_villageCodes.contains(t))
        return t;
    return m_villageByName.value(t);
}

QDate ResidentImport::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression ymd(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s.*)?$"));
    if (const auto m = ymd.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Excel keeps dates as day numbers since 1899-12-30 when the cell is formatted as a date.
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,5})(\\.0+)?$"));
    if (const auto m = serial.match(t); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n > 0 && n < 80000)
            return QDate(1899, 12, 30).addDays(n);
    }
    return {};
}

Resident ResidentImport::residentFromRow(const QStringList &row, const ImportMapping &mapping,
                                         QList<Error> &problems, QString *workUnit,
                                         QString *contactName, QString *contactPhone) const
{
    Resident r;
    r.phone = QStringLiteral("");
    r.address = QStringLiteral("");
    r.relation = QStringLiteral("");
    QString villageCell;
    bool villageGiven = false;
    for (int c = 0; c < mapping.columns.size() && c < row.size(); ++c) {
        const QString v = row.at(c).trimmed();
        switch (mapping.columns.at(c)) {
        case ImportField::Ignore:
            break;
        case ImportField::Name:
            r.name = v;
            break;
        case ImportField::Sex:
            r.sex = parseSex(v);
            if (!v.isEmpty() && r.sex.isNull())
                problems << makeError(QStringLiteral("sex.code"),
                                      Text::tr("性别“%1”无法识别（应为 男/女）").arg(v),
                                      QStringLiteral("sex"));
            break;
        case ImportField::BirthDate:
            r.birthDate = parseDate(v);
            if (!v.isEmpty() && !r.birthDate.isValid())
                problems << makeError(QStringLiteral("birth.format"),
                                      Text::tr("出生日期“%1”不是有效日期").arg(v),
                                      QStringLiteral("birth_date"));
            break;
        case ImportField::IdNumber:
            r.idNumber = v;
            break;
        case ImportField::Phone:
            r.phone = QString(v).remove(QLatin1Char(' '));
            break;
        case ImportField::Address:
            r.address = v;
            break;
        case ImportField::Village:
            villageCell = v;
            villageGiven = !v.isEmpty();
            break;
        case ImportField::Ethnicity: {
            if (v.isEmpty())
                break;
            const CodeTable &eth = CodeTable::get(QStringLiteral("ethnicity"));
            QString code;
            for (const Code &e : eth.codes())
                if (e.code == v || e.zh == v || e.zh == v + QStringLiteral("族") ||
                    e.code == v.rightJustified(2, QLatin1Char('0')))
                    code = e.code;
            if (code.isEmpty())
                problems << makeError(QStringLiteral("ethnicity.code"),
                                      Text::tr("民族“%1”无法识别").arg(v),
                                      QStringLiteral("ethnicity"));
            else
                r.ethnicity = code;
            break;
        }
        case ImportField::ResidenceType:
            if (v == QLatin1String("1") || v == QStringLiteral("户籍") ||
                v == QStringLiteral("本地户籍"))
                r.residenceType = 1;
            else if (v == QLatin1String("2") || v == QStringLiteral("非户籍") ||
                     v == QStringLiteral("外地户籍"))
                r.residenceType = 2;
            else if (!v.isEmpty())
                problems << makeError(QStringLiteral("residence.code"),
                                      Text::tr("常住类型“%1”无法识别（应为 户籍/非户籍）").arg(v),
                                      QStringLiteral("residence_type"));
            break;
        case ImportField::WorkUnit:
            if (workUnit)
                *workUnit = v;
            break;
        case ImportField::ContactName:
            if (contactName)
                *contactName = v;
            break;
        case ImportField::ContactPhone:
            if (contactPhone)
                *contactPhone = QString(v).remove(QLatin1Char(' '));
            break;
        }
    }
    if (villageGiven) {
        r.villageCode = villageCodeFor(villageCell);
        if (r.villageCode.isEmpty())
            problems << makeError(QStringLiteral("village.unknown"),
                                  Text::tr("村“%1”不在本机的区划表中").arg(villageCell),
                                  QStringLiteral("village_code"));
    } else {
        r.villageCode = mapping.defaultVillage;
    }
    return r;
}

Result<ImportReport> ResidentImport::runFile(const Scope &scope, const QString &path,
                                             const QString &mappingFile,
                                             const ImportOptions &options)
{
    auto table = TabularFile::read(path);
    if (!table)
        return table.error();
    ImportMapping mapping = ImportMapping::detect(table->header);
    if (!mappingFile.isEmpty()) {
        QFile f(mappingFile);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("mapping.file"),
                             Text::tr("无法打开对照表文件：%1").arg(mappingFile),
                             QStringLiteral("mapping"));
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!d.isObject())
            return makeError(QStringLiteral("mapping.json"),
                             Text::tr("对照表文件不是有效的 JSON：%1").arg(pe.errorString()),
                             QStringLiteral("mapping"));
        auto m = ImportMapping::fromJson(d.object(), table->header, mapping);
        if (!m)
            return m.error();
        mapping = *m;
    }
    ImportOptions o = options;
    if (o.fileName.isEmpty())
        o.fileName = QFileInfo(path).fileName();
    auto report = run(scope, *table, mapping, o);
    if (report)
        report.value().file = path;
    return report;
}

Result<Table> ResidentExport::table(const QString &conn, const Scope &scope,
                                    const QString &villageCode)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.read")); !e)
        return e.error();
    Table t;
    t.header = QStringList{Text::tr("档案编号"),  Text::tr("姓名"),         Text::tr("性别"),
                           Text::tr("出生日期"),  Text::tr("身份证号"),     Text::tr("联系电话"),
                           Text::tr("现住址"),    Text::tr("村（居委会）"), Text::tr("民族"),
                           Text::tr("常住类型"),  Text::tr("工作单位"),     Text::tr("联系人姓名"),
                           Text::tr("联系人电话")};
    QSqlQuery q(db(conn));
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT r.record_no, r.name, r.sex, r.birth_date, ifnull(r.id_number, ''), r.phone, "
        "r.address,"
        " a.name, r.ethnicity, r.residence_type, r.work_unit, r.contact_name, r.contact_phone, "
        "r.village_code"
        " FROM resident r JOIN area a ON a.code = r.village_code WHERE r.deleted = 0");
    if (!villageCode.isEmpty())
        sql += QStringLiteral(" AND r.village_code = ?");
    sql += QStringLiteral(" ORDER BY r.record_no");
    q.prepare(sql);
    if (!villageCode.isEmpty())
        q.addBindValue(villageCode);
    if (auto e = exec(q); !e)
        return e.error();
    const CodeTable &sex = CodeTable::get(QStringLiteral("sex"));
    const CodeTable &eth = CodeTable::get(QStringLiteral("ethnicity"));
    while (q.next()) {
        if (!scope.allowsVillage(q.value(13).toString()))
            continue;
        t.rows << QStringList{q.value(0).toString(),
                              q.value(1).toString(),
                              sex.label(q.value(2).toString()),
                              q.value(3).toString(),
                              q.value(4).toString(),
                              q.value(5).toString(),
                              q.value(6).toString(),
                              q.value(7).toString(),
                              eth.label(q.value(8).toString()),
                              q.value(9).toInt() == 2 ? Text::tr("非户籍") : Text::tr("户籍"),
                              q.value(10).toString(),
                              q.value(11).toString(),
                              q.value(12).toString()};
        t.lines << int(t.rows.size()) + 1;
    }
    (void)ChangeLog::audit(conn, scope, QStringLiteral("export"), QStringLiteral("resident"),
                           QString(), {},
                           QJsonObject{{QStringLiteral("rows"), int(t.rows.size())},
                                       {QStringLiteral("village"), villageCode}});
    return t;
}

} // namespace Models
