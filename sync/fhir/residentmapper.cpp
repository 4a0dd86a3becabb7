#include "residentmapper.h"

#include "pinyin.h"
#include "searchterms.h"
#include "sqlcache.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Sync {

QStringList ResidentMapper::columns() const
{
    return {QStringLiteral("id"),
            QStringLiteral("record_no"),
            QStringLiteral("name"),
            QStringLiteral("sex"),
            QStringLiteral("birth_date"),
            QStringLiteral("id_number"),
            QStringLiteral("phone"),
            QStringLiteral("address"),
            QStringLiteral("village_code"),
            QStringLiteral("residence_type"),
            QStringLiteral("ethnicity"),
            QStringLiteral("household_id"),
            QStringLiteral("relation"),
            QStringLiteral("work_unit"),
            QStringLiteral("contact_name"),
            QStringLiteral("contact_phone"),
            QStringLiteral("contact_relation"),
            QStringLiteral("life_status"),
            QStringLiteral("life_date"),
            QStringLiteral("life_reason")};
}

QStringList ResidentMapper::identityFields() const
{
    return {QStringLiteral("name"), QStringLiteral("birth_date"), QStringLiteral("sex"),
            QStringLiteral("id_number")};
}

std::vector<Part> ResidentMapper::parts() const
{
    return {Part{QStringLiteral("Patient"), columns()}};
}

QJsonObject ResidentMapper::defaults() const
{
    static const QJsonObject d{{QStringLiteral("record_no"), QString()},
                               {QStringLiteral("name"), QString()},
                               {QStringLiteral("sex"), QStringLiteral("M")},
                               {QStringLiteral("birth_date"), QString()},
                               {QStringLiteral("id_number"), QJsonValue::Null},
                               {QStringLiteral("phone"), QString()},
                               {QStringLiteral("address"), QString()},
                               {QStringLiteral("village_code"), QString()},
                               {QStringLiteral("residence_type"), 1},
                               {QStringLiteral("ethnicity"), QStringLiteral("01")},
                               {QStringLiteral("household_id"), QJsonValue::Null},
                               {QStringLiteral("relation"), QString()},
                               {QStringLiteral("work_unit"), QString()},
                               {QStringLiteral("contact_name"), QString()},
                               {QStringLiteral("contact_phone"), QString()},
                               {QStringLiteral("contact_relation"), QString()},
                               {QStringLiteral("life_status"), QStringLiteral("active")},
                               {QStringLiteral("life_date"), QJsonValue::Null},
                               {QStringLiteral("life_reason"), QString()}};
    return d; // made once: fromFhir starts from it for every incoming Patient
}

QString ResidentMapper::area(const QJsonObject &row, const MapContext &) const
{
    return str(row, QStringLiteral("village_code"));
}

QJsonObject ResidentMapper::toFhir(const QString &, const QJsonObject &row,
                                   const MapContext &ctx) const
{
    const QString id = str(row, QStringLiteral("id"));
    QJsonArray ids{identifier(sidSystem(QStringLiteral("resident")), id),
                   identifier(sidSystem(QStringLiteral("health-record-no")),
                              str(row, QStringLiteral("record_no")))};
    if (!str(row, QStringLiteral("id_number")).isEmpty())
        ids.append(identifier(sidSystem(QStringLiteral("national-id")),
                              str(row, QStringLiteral("id_number"))));

    QJsonObject p{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), id},
        {QStringLiteral("meta"), areaMeta(area(row, ctx))},
        {QStringLiteral("identifier"), ids},
        {QStringLiteral("name"),
         QJsonArray{QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                {QStringLiteral("text"), str(row, QStringLiteral("name"))}}}},
        {QStringLiteral("gender"), str(row, QStringLiteral("sex")) == QLatin1String("F")
                                       ? QStringLiteral("female")
                                       : QStringLiteral("male")},
        {QStringLiteral("birthDate"), str(row, QStringLiteral("birth_date"))}};
    if (!str(row, QStringLiteral("phone")).isEmpty())
        p.insert(
            QStringLiteral("telecom"),
            QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                   {QStringLiteral("value"), str(row, QStringLiteral("phone"))}}});
    QJsonObject addr{
        {QStringLiteral("use"), QStringLiteral("home")},
        {QStringLiteral("extension"),
         QJsonArray{extension(QStringLiteral("village-code"), QStringLiteral("valueCode"),
                              str(row, QStringLiteral("village_code")))}}};
    if (!str(row, QStringLiteral("address")).isEmpty())
        addr.insert(QStringLiteral("text"), str(row, QStringLiteral("address")));
    p.insert(QStringLiteral("address"), QJsonArray{addr});

    QJsonArray ext;
    ext.append(extension(QStringLiteral("residence-type"), QStringLiteral("valueCode"),
                         QString::number(row.value(QStringLiteral("residence_type")).toInt(1))));
    ext.append(extension(QStringLiteral("ethnicity"), QStringLiteral("valueCode"),
                         str(row, QStringLiteral("ethnicity"))));
    if (!str(row, QStringLiteral("household_id")).isEmpty())
        ext.append(extension(
            QStringLiteral("household"), QStringLiteral("valueReference"),
            QJsonObject{{QStringLiteral("reference"),
                         QStringLiteral("Group/") + str(row, QStringLiteral("household_id"))}}));
    if (!str(row, QStringLiteral("relation")).isEmpty())
        ext.append(extension(QStringLiteral("household-relation"), QStringLiteral("valueCode"),
                             str(row, QStringLiteral("relation"))));
    if (!str(row, QStringLiteral("work_unit")).isEmpty())
        ext.append(extension(QStringLiteral("work-unit"), QStringLiteral("valueString"),
                             str(row, QStringLiteral("work_unit"))));
    // The lifecycle (0017): Patient.active is false once the resident left the population (the
    // record is no longer in active use here); a death is Patient.deceasedDateTime (a date); the
    // kind of leaving, its date and its reason (cause, destination, why closed) are extensions.
    const QString life = str(row, QStringLiteral("life_status"));
    const bool active = life.isEmpty() || life == QLatin1String("active");
    p.insert(QStringLiteral("active"), active);
    if (!active) {
        ext.append(extension(QStringLiteral("life-status"), QStringLiteral("valueCode"), life));
        const QString date = str(row, QStringLiteral("life_date"));
        if (life == QLatin1String("deceased") && !date.isEmpty())
            p.insert(QStringLiteral("deceasedDateTime"), date);
        else if (!date.isEmpty())
            ext.append(extension(QStringLiteral("life-date"), QStringLiteral("valueDate"), date));
    }
    if (!str(row, QStringLiteral("life_reason")).isEmpty())
        ext.append(extension(QStringLiteral("life-reason"), QStringLiteral("valueString"),
                             str(row, QStringLiteral("life_reason"))));
    p.insert(QStringLiteral("extension"), ext);

    if (!str(row, QStringLiteral("contact_name")).isEmpty() ||
        !str(row, QStringLiteral("contact_phone")).isEmpty() ||
        !str(row, QStringLiteral("contact_relation")).isEmpty()) {
        QJsonObject c;
        // The guardian's relation (resources/codes/guardian_relation.json: HL7 v3 RoleCode).
        if (!str(row, QStringLiteral("contact_relation")).isEmpty())
            c.insert(QStringLiteral("relationship"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("coding"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("system"),
                               QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleCode")},
                              {QStringLiteral("code"),
                               str(row, QStringLiteral("contact_relation"))}}}}}});
        if (!str(row, QStringLiteral("contact_name")).isEmpty())
            c.insert(
                QStringLiteral("name"),
                QJsonObject{{QStringLiteral("text"), str(row, QStringLiteral("contact_name"))}});
        if (!str(row, QStringLiteral("contact_phone")).isEmpty())
            c.insert(QStringLiteral("telecom"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("system"), QStringLiteral("phone")},
                         {QStringLiteral("value"), str(row, QStringLiteral("contact_phone"))}}});
        p.insert(QStringLiteral("contact"), QJsonArray{c});
    }
    return p;
}

QJsonObject ResidentMapper::fromFhir(const QString &, const QJsonObject &p) const
{
    QJsonObject row = cachedDefaults();
    row.insert(QStringLiteral("id"), p.value(QStringLiteral("id")).toString());
    row.insert(QStringLiteral("record_no"),
               identifierValue(p, sidSystem(QStringLiteral("health-record-no"))));
    row.insert(QStringLiteral("id_number"),
               nullable(identifierValue(p, sidSystem(QStringLiteral("national-id")))));
    row.insert(QStringLiteral("name"), p.value(QStringLiteral("name"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("text"))
                                           .toString());
    row.insert(QStringLiteral("sex"),
               p.value(QStringLiteral("gender")).toString() == QLatin1String("female")
                   ? QStringLiteral("F")
                   : QStringLiteral("M"));
    row.insert(QStringLiteral("birth_date"), p.value(QStringLiteral("birthDate")).toString());
    for (const QJsonValue &t : p.value(QStringLiteral("telecom")).toArray())
        if (t.toObject().value(QStringLiteral("system")).toString() == QLatin1String("phone"))
            row.insert(QStringLiteral("phone"),
                       t.toObject().value(QStringLiteral("value")).toString());
    const QJsonObject addr = p.value(QStringLiteral("address")).toArray().at(0).toObject();
    row.insert(QStringLiteral("address"), addr.value(QStringLiteral("text")).toString());
    row.insert(QStringLiteral("village_code"),
               extensionValue(addr, QStringLiteral("village-code")).toString());
    const QJsonValue rt = extensionValue(p, QStringLiteral("residence-type"));
    row.insert(QStringLiteral("residence_type"), rt.isNull() ? 1 : rt.toString().toInt());
    const QJsonValue eth = extensionValue(p, QStringLiteral("ethnicity"));
    row.insert(QStringLiteral("ethnicity"), eth.isNull() ? QStringLiteral("01") : eth.toString());
    const QString hh = extensionValue(p, QStringLiteral("household"))
                           .toObject()
                           .value(QStringLiteral("reference"))
                           .toString();
    row.insert(QStringLiteral("household_id"), nullable(hh.mid(hh.indexOf(QLatin1Char('/')) + 1)));
    row.insert(QStringLiteral("relation"),
               extensionValue(p, QStringLiteral("household-relation")).toString());
    row.insert(QStringLiteral("work_unit"),
               extensionValue(p, QStringLiteral("work-unit")).toString());
    const QJsonObject c = p.value(QStringLiteral("contact")).toArray().at(0).toObject();
    row.insert(QStringLiteral("contact_name"),
               c.value(QStringLiteral("name")).toObject().value(QStringLiteral("text")).toString());
    row.insert(QStringLiteral("contact_phone"), c.value(QStringLiteral("telecom"))
                                                    .toArray()
                                                    .at(0)
                                                    .toObject()
                                                    .value(QStringLiteral("value"))
                                                    .toString());
    row.insert(QStringLiteral("contact_relation"), c.value(QStringLiteral("relationship"))
                                                       .toArray()
                                                       .at(0)
                                                       .toObject()
                                                       .value(QStringLiteral("coding"))
                                                       .toArray()
                                                       .at(0)
                                                       .toObject()
                                                       .value(QStringLiteral("code"))
                                                       .toString());
    // A Patient from another FHIR server may say only active=false or deceased[x]: inactive
    // without our code is a closed record, a death without a date keeps life_date empty.
    const QString life = extensionValue(p, QStringLiteral("life-status")).toString();
    const QString deceased = p.value(QStringLiteral("deceasedDateTime")).toString();
    QString status = QStringLiteral("active");
    if (!life.isEmpty())
        status = life;
    else if (!deceased.isEmpty() || p.value(QStringLiteral("deceasedBoolean")).toBool())
        status = QStringLiteral("deceased");
    else if (p.value(QStringLiteral("active")).isBool() &&
             !p.value(QStringLiteral("active")).toBool())
        status = QStringLiteral("closed");
    row.insert(QStringLiteral("life_status"), status);
    const QString date = !deceased.isEmpty()
                             ? deceased.left(10)
                             : extensionValue(p, QStringLiteral("life-date")).toString();
    row.insert(QStringLiteral("life_date"),
               nullable(status == QLatin1String("active") ? QString() : date));
    row.insert(QStringLiteral("life_reason"),
               extensionValue(p, QStringLiteral("life-reason")).toString());
    return row;
}

QJsonObject ResidentMapper::derivedColumns(const QJsonObject &row) const
{
    return QJsonObject{
        {QStringLiteral("sort_key"), Models::Pinyin::sortKey(str(row, QStringLiteral("name")))}};
}

bool ResidentMapper::afterWrite(QSqlDatabase &db, const QJsonObject &oldRow,
                                const QJsonObject &newRow) const
{
    QSqlQuery rid(db);
    rid.prepare(QStringLiteral("SELECT rid FROM resident WHERE id = ?"));
    rid.addBindValue(str(newRow, QStringLiteral("id")));
    if (!rid.exec() || !rid.next())
        return false;
    const qint64 r = rid.value(0).toLongLong();
    auto terms = [](const QJsonObject &o) {
        return Models::searchTermsFor(
            str(o, QStringLiteral("name")), str(o, QStringLiteral("id_number")),
            str(o, QStringLiteral("phone")), str(o, QStringLiteral("record_no")));
    };
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM search_term WHERE term = ? AND rid = ?"));
    if (!oldRow.isEmpty() && !oldRow.value(QStringLiteral("deleted")).toInt())
        for (const QString &t : terms(oldRow)) {
            del.bindValue(0, t);
            del.bindValue(1, r);
            if (!del.exec())
                return false;
        }
    if (newRow.value(QStringLiteral("deleted")).toInt())
        return true;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO search_term(term, rid) VALUES(?, ?)"));
    for (const QString &t : terms(newRow)) {
        ins.bindValue(0, t);
        ins.bindValue(1, r);
        if (!ins.exec())
            return false;
    }
    return true;
}

} // namespace Sync

namespace Sync {

// afterWrite on the sync engine's hot path: the same statements, prepared once per sync.
bool ResidentMapper::afterWriteCached(SqlCache &sql, QSqlDatabase &, const QJsonObject &oldRow,
                                      const QJsonObject &newRow) const
{
    qint64 r = 0;
    {
        auto rid = sql.query("SELECT rid FROM resident WHERE id = ?");
        rid.bind(1, str(newRow, QStringLiteral("id")));
        if (!rid.next())
            return false;
        r = rid.i64(0);
    }
    auto terms = [](const QJsonObject &o) {
        return Models::searchTermsFor(
            str(o, QStringLiteral("name")), str(o, QStringLiteral("id_number")),
            str(o, QStringLiteral("phone")), str(o, QStringLiteral("record_no")));
    };
    const bool wasLive = !oldRow.isEmpty() && !oldRow.value(QStringLiteral("deleted")).toInt();
    const bool live = !newRow.value(QStringLiteral("deleted")).toInt();
    const QStringList before = wasLive ? terms(oldRow) : QStringList();
    const QStringList after = live ? terms(newRow) : QStringList();
    if (wasLive && live && before == after)
        return true; // name, ID, phone and number unchanged: the index stays as it is
    for (const QString &t : before) {
        auto del = sql.query("DELETE FROM search_term WHERE term = ? AND rid = ?");
        del.bind(1, t).bind(2, r);
        if (!del.run())
            return false;
    }
    for (const QString &t : after) {
        auto ins = sql.query("INSERT OR IGNORE INTO search_term(term, rid) VALUES(?, ?)");
        ins.bind(1, t).bind(2, r);
        if (!ins.run())
            return false;
    }
    return true;
}

} // namespace Sync
