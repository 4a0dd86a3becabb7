#include "residentrepository.h"

#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "pinyin.h"
#include "recordserials.h"
#include "residentvalidator.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QUuid>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentRepository)
};

const QString Columns = QStringLiteral(
    "rid, id, record_no, name, sex, birth_date, id_number, phone, address, village_code,"
    " residence_type, ethnicity, household_id, relation, updated_at, updated_by, server_version,"
    " deleted, life_status, life_date, life_reason");

Resident readResident(const QSqlQuery &q)
{
    Resident r;
    r.rid = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.recordNo = q.value(2).toString();
    r.name = q.value(3).toString();
    const QString sex = q.value(4).toString();
    r.sex = sex.isEmpty() ? QChar() : sex.at(0);
    r.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.idNumber = q.value(6).toString();
    r.phone = q.value(7).toString();
    r.address = q.value(8).toString();
    r.villageCode = q.value(9).toString();
    r.residenceType = q.value(10).toInt();
    r.ethnicity = q.value(11).toString();
    r.householdId = q.value(12).toString();
    r.relation = q.value(13).toString();
    r.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    r.updatedBy = q.value(15).toString();
    r.serverVersion = q.value(16).toString();
    r.deleted = q.value(17).toBool();
    r.lifeStatus = q.value(18).toString();
    r.lifeDate = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    r.lifeReason = q.value(20).toString();
    return r;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// A null QString binds as SQL NULL; NOT NULL text columns get '' instead.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QString(QLatin1String("")) : s);
}

Error notFound()
{
    return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该居民"));
}

} // namespace

ResidentRepository::ResidentRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<void> ResidentRepository::checkVillage(const Scope &scope, const QString &villageCode) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT 1 FROM area WHERE code = ? AND level = 'village'"));
    q.addBindValue(villageCode);
    if (auto r = exec(q); !r)
        return r;
    if (!q.next())
        return makeError(QStringLiteral("village.unknown"),
                         Text::tr("该村（居委会）不在本机的区划表中"),
                         QStringLiteral("village_code"));
    if (!scope.allowsVillage(villageCode))
        return outOfScope();
    return {};
}

Result<void> ResidentRepository::checkUniqueIdNumber(const Scope &scope, const Resident &r) const
{
    if (r.idNumber.isEmpty())
        return {};
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT name, record_no, village_code FROM resident WHERE id_number = "
                             "? AND deleted = 0 AND id IS NOT ?"));
    q.addBindValue(r.idNumber);
    q.addBindValue(r.id); // NULL on create: every holder counts
    if (auto e = exec(q); !e)
        return e;
    if (!q.next())
        return {};
    // A resident of a village the caller may not see stays hidden: neither name nor number,
    // only that the number is taken elsewhere (the record can be asked for: 档案迁入).
    if (!scope.allowsVillage(q.value(2).toString()))
        return makeError(QStringLiteral("id.elsewhere"),
                         Text::tr("该身份证号已在其他村登记。如是同一人，可申请档案迁入"),
                         QStringLiteral("id_number"));
    return makeError(QStringLiteral("id.duplicate"),
                     Text::tr("该身份证号已登记（%1，档案号 %2）")
                         .arg(q.value(0).toString(), q.value(1).toString()),
                     QStringLiteral("id_number"));
}

Result<QString> ResidentRepository::nextRecordNumber(const QString &villageCode)
{
    RecordSerials serials(m_conn);
    auto number = serials.take(villageCode);
    if (!number)
        return number;
    if (auto r = serials.save(); !r)
        return r.error();
    return number;
}

Result<void> ResidentRepository::writeTerms(const Resident &r, bool remove)
{
    QSqlQuery q(db(m_conn));
    q.prepare(remove ? QStringLiteral("DELETE FROM search_term WHERE term = ? AND rid = ?")
                     : QStringLiteral("INSERT OR IGNORE INTO search_term(term, rid) VALUES(?, ?)"));
    for (const QString &t : searchTermsFor(r.name, r.idNumber, r.phone, r.recordNo)) {
        q.bindValue(0, t);
        q.bindValue(1, r.rid);
        if (auto e = exec(q); !e)
            return e;
    }
    return {};
}

Result<void> ResidentRepository::createHouseholdFor(const Scope &scope, Resident &r)
{
    const QString now = ChangeLog::nowUtc();
    Household h{
        QUuid::createUuid().toString(QUuid::WithoutBraces), r.villageCode, r.address, r.id, {}, 0};
    QSqlQuery hq(db(m_conn));
    hq.prepare(QStringLiteral("INSERT INTO household(id, village_code, address, head_id,"
                              " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(h.id), QVariant(h.villageCode), text(h.address),
                              QVariant(h.headId), QVariant(now), QVariant(now), text(scope.userId)})
        hq.addBindValue(v);
    if (auto e = exec(hq); !e)
        return e;
    const QJsonObject after{{QStringLiteral("id"), h.id},
                            {QStringLiteral("village_code"), h.villageCode},
                            {QStringLiteral("address"), h.address},
                            {QStringLiteral("head_id"), h.headId}};
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("household"), h.id,
                                   ChangeOp::Create, {}, after);
        !e)
        return e;
    r.householdId = h.id;
    r.relation = QStringLiteral("02"); // head of household
    return {};
}

Result<Resident> ResidentRepository::create(const Scope &scope, Resident r, bool newHousehold)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.write")); !e)
        return e.error();
    const QList<Error> errors = ResidentValidator::validate(r);
    if (!errors.isEmpty())
        return errors.first();
    if (auto e = checkVillage(scope, r.villageCode); !e)
        return e.error();
    if (auto e = checkUniqueIdNumber(scope, r); !e)
        return e.error();

    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QString now = ChangeLog::nowUtc();
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (newHousehold)
        if (auto e = createHouseholdFor(scope, r); !e)
            return e.error();
    auto recordNo = nextRecordNumber(r.villageCode);
    if (!recordNo)
        return recordNo.error();
    r.recordNo = *recordNo;

    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO resident(id, record_no, name, sex, birth_date, id_number, phone, address,"
        " village_code, residence_type, ethnicity, household_id, relation, sort_key, created_at,"
        " updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(r.id), QVariant(r.recordNo), QVariant(r.name), QVariant(QString(r.sex)),
          QVariant(r.birthDate.toString(Qt::ISODate)), nullIfEmpty(r.idNumber), text(r.phone),
          text(r.address), QVariant(r.villageCode), QVariant(r.residenceType), text(r.ethnicity),
          nullIfEmpty(r.householdId), text(r.relation), text(Pinyin::sortKey(r.name)),
          QVariant(now), QVariant(now), text(scope.userId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    r.rid = q.lastInsertId().toLongLong();
    r.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    r.updatedBy = scope.userId;
    if (auto e = writeTerms(r, false); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("resident"), r.id,
                                   ChangeOp::Create, {}, r.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "resident created" << r.id;
    return r;
}

Result<Resident> ResidentRepository::update(const Scope &scope, Resident r, bool newHousehold)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.write")); !e)
        return e.error();
    auto before = findById(scope, r.id);
    if (!before)
        return before.error();
    if (before->deleted)
        return notFound(); // a tombstone is final
    const QList<Error> errors = ResidentValidator::validate(r);
    if (!errors.isEmpty())
        return errors.first();
    if (auto e = checkVillage(scope, r.villageCode); !e)
        return e.error();
    if (auto e = checkUniqueIdNumber(scope, r); !e)
        return e.error();
    r.rid = before->rid;
    r.recordNo = before->recordNo; // the record number never changes
    // The lifecycle changes only through ResidentLifecycle (its own event and reasons).
    r.lifeStatus = before->lifeStatus;
    r.lifeDate = before->lifeDate;
    r.lifeReason = before->lifeReason;

    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QString now = ChangeLog::nowUtc();
    if (newHousehold)
        if (auto e = createHouseholdFor(scope, r); !e)
            return e.error();
    if (auto e = writeTerms(*before, true); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "UPDATE resident SET name=?, sex=?, birth_date=?, id_number=?, phone=?, address=?,"
        " village_code=?, residence_type=?, ethnicity=?, household_id=?, relation=?, sort_key=?,"
        " updated_at=?, updated_by=?, dirty=1 WHERE id=?"));
    for (const QVariant &v :
         {QVariant(r.name), QVariant(QString(r.sex)), QVariant(r.birthDate.toString(Qt::ISODate)),
          nullIfEmpty(r.idNumber), text(r.phone), text(r.address), QVariant(r.villageCode),
          QVariant(r.residenceType), text(r.ethnicity), nullIfEmpty(r.householdId),
          text(r.relation), text(Pinyin::sortKey(r.name)), QVariant(now), text(scope.userId),
          QVariant(r.id)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = writeTerms(r, false); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("resident"), r.id,
                                   ChangeOp::Update, before->toJson(), r.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    r.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    r.updatedBy = scope.userId;
    return r;
}

Result<void> ResidentRepository::remove(const Scope &scope, const QString &id)
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.write")); !e)
        return e;
    auto before = findById(scope, id);
    if (!before)
        return before.error();
    if (before->deleted)
        return notFound();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (auto e = writeTerms(*before, true); !e)
        return e;
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("UPDATE resident SET deleted=1, dirty=1, updated_at=?, updated_by=?"
                             " WHERE id=?"));
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(scope.userId);
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("resident"), id, ChangeOp::Delete,
                                   before->toJson(), {});
        !e)
        return e;
    return tx.commit();
}

Result<Resident> ResidentRepository::findById(const Scope &scope, const QString &id) const
{
    if (auto e = requirePermission(scope, QStringLiteral("resident.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM resident WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return notFound();
    Resident r = readResident(q);
    if (!scope.allowsVillage(r.villageCode))
        return outOfScope();
    return r;
}

Result<Resident> ResidentRepository::openRecord(const Scope &scope, const QString &id) const
{
    auto r = findById(scope, id);
    if (!r)
        return r;
    // A failed audit write (a read-only copy of the file) does not hide the record; it is logged.
    if (auto a =
            ChangeLog::audit(m_conn, scope, QStringLiteral("read"), QStringLiteral("resident"), id);
        !a)
        qCWarning(lcRepo) << "read audit failed for resident" << id << a.error().code;
    return r;
}

Result<Resident> ResidentRepository::findByIdNumber(const Scope &scope,
                                                    const QString &idNumber) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT id FROM resident WHERE id_number = ? AND deleted = 0"));
    q.addBindValue(idNumber.toUpper());
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return notFound();
    return findById(scope, q.value(0).toString());
}

Result<qint64> ResidentRepository::count(const Scope &scope) const
{
    QSqlQuery q(db(m_conn));
    QString sql = QStringLiteral("SELECT count(*) FROM resident WHERE deleted = 0");
    if (!scope.allVillages) {
        QStringList marks;
        for (int i = 0; i < scope.villages.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND village_code IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    q.prepare(sql);
    if (!scope.allVillages)
        for (const QString &v : scope.villages)
            q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<QVector<Household>> ResidentRepository::households(const Scope &scope,
                                                          const QString &villageCode) const
{
    if (!scope.allowsVillage(villageCode))
        return outOfScope();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT h.id, h.village_code, h.address, h.head_id, hr.name,"
        " (SELECT count(*) FROM resident m WHERE m.household_id = h.id AND m.deleted = 0)"
        " FROM household h LEFT JOIN resident hr ON hr.id = h.head_id"
        " WHERE h.village_code = ? AND h.deleted = 0 ORDER BY hr.sort_key"));
    q.addBindValue(villageCode);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<Household> out;
    while (q.next())
        out.append(Household{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    return out;
}

Result<QVector<Resident>> ResidentRepository::members(const Scope &scope,
                                                      const QString &householdId) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM resident WHERE household_id = ? AND deleted = 0"
                             " ORDER BY relation, birth_date")
                  .arg(Columns));
    q.addBindValue(householdId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<Resident> out;
    while (q.next()) {
        Resident r = readResident(q);
        if (scope.allowsVillage(r.villageCode))
            out.append(r);
    }
    return out;
}

} // namespace Models
