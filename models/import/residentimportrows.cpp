#include "residentimportrows.h"
#include "permission.h"

#include "pinyin.h"
#include "residentvalidator.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentImport)
};
} // namespace

namespace ImportRows {

QByteArray isoDate(const QDate &d)
{
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return QByteArray(buf, n);
}

QByteArray digestTail(const Resident &r, const QByteArray &birthIso, const QStringList &extra)
{
    QByteArray b;
    b.reserve(160);
    auto add = [&b](const QByteArray &s) {
        b += s;
        b += '\x1f';
    };
    add(r.name.toUtf8());
    add(QString(r.sex).toUtf8());
    add(birthIso);
    add(r.idNumber.toUtf8());
    add(r.phone.toUtf8());
    add(r.address.toUtf8());
    add(r.villageCode.toUtf8());
    add(QByteArray::number(r.residenceType));
    add(r.ethnicity.toUtf8());
    for (const QString &f : extra)
        add(f.toUtf8());
    b += '\x1e';
    return b;
}

PreparedBatch prepare(const ResidentImport &importer, const Scope &scope, const Table &table,
                      const ImportMapping &mapping, int start, int end, bool dryRun,
                      const QDate &today)
{
    static const QRegularExpression phoneRe(
        QStringLiteral("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$"));
    PreparedBatch b;
    b.start = start;
    b.end = end;
    b.rows.resize(size_t(end - start));
    for (int i = start; i < end; ++i) {
        PreparedRow &p = b.rows[size_t(i - start)];
        p.line = i < table.lines.size() ? table.lines.at(i) : i + 2;
        p.r = importer.residentFromRow(table.rows.at(i), mapping, p.problems, &p.workUnit,
                                       &p.contactName, &p.contactPhone);
        p.shownName = p.r.name.simplified();
        if (p.problems.isEmpty()) {
            p.problems = ResidentValidator::validate(p.r, today);
            if (!p.contactPhone.isEmpty() && !phoneRe.match(p.contactPhone).hasMatch())
                p.problems << makeError(QStringLiteral("phone.format"),
                                        Text::tr("联系人电话格式不对"),
                                        QStringLiteral("contact_phone"));
        }
        if (p.problems.isEmpty() && !scope.allowsVillage(p.r.villageCode))
            p.problems << outOfScope(QStringLiteral("village_code"));
        if (!p.problems.isEmpty())
            continue;
        p.birthIso = isoDate(p.r.birthDate);
        p.key = p.r.name + QLatin1Char('|') + QLatin1String(p.birthIso) + QLatin1Char('|') +
                p.r.villageCode;
        if (dryRun)
            continue;
        p.uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        p.r.id = QString::fromLatin1(p.uuid);
        p.sortKey = Pinyin::sortKey(p.r.name).toUtf8();
        p.digestTail = digestTail(p.r, p.birthIso, {p.workUnit, p.contactName, p.contactPhone});
        const QString *texts[PreparedRow::U8Count] = {
            &p.r.name,        nullptr,        &p.r.idNumber, &p.r.phone,     &p.r.address,
            &p.r.villageCode, &p.r.ethnicity, &p.workUnit,   &p.contactName, &p.contactPhone};
        for (int t = 0; t < PreparedRow::U8Count; ++t)
            if (texts[t])
                p.u8[t] = texts[t]->toUtf8();
        p.u8[PreparedRow::U8Sex] = QByteArray(1, char(p.r.sex.unicode()));
        for (const QString &t : searchTermsFor(p.r.name, p.r.idNumber, p.r.phone, QString()))
            b.terms.emplace_back(t.toStdString(), i - start);
    }
    std::sort(b.terms.begin(), b.terms.end());
    return b;
}

AuditEntry batchAudit(const Scope &scope, const QString &workstation, const QString &now,
                      const QString &fileName, int firstLine, int lastLine,
                      const QVector<QByteArray> &created, const QByteArray &digest)
{
    QJsonArray ids;
    for (const QByteArray &id : created)
        ids.append(QString::fromLatin1(id));
    const QJsonObject after{
        {QStringLiteral("source"), QStringLiteral("import")},
        {QStringLiteral("file"), fileName},
        {QStringLiteral("lines"), QStringLiteral("%1-%2").arg(firstLine).arg(lastLine)},
        {QStringLiteral("count"), int(created.size())},
        {QStringLiteral("ids"), ids},
        {QStringLiteral("digest"), QString::fromLatin1(digest.toHex())}};
    AuditEntry a;
    a.at = now;
    a.userId = scope.userId;
    a.workstation = workstation;
    a.action = QStringLiteral("import_batch");
    a.entity = QStringLiteral("resident");
    a.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    return a;
}

} // namespace ImportRows

using namespace ImportRows;

QString ResidentImport::batchDigest(const QVector<Resident> &rows,
                                    const QVector<QStringList> &extra)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Resident &r = rows.at(i);
        addDigestHead(h, r.id.toUtf8(), r.recordNo);
        h.addData(digestTail(r, r.birthDate.toString(Qt::ISODate).toLatin1(), extra.value(i)));
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace Models
