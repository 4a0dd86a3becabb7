#include "packagerepository.h"

#include <QUuid>

#include "changelog.h"
#include "contractrules.h"
#include "contractsql.h"
#include "permission.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Models {

using namespace ContractSql;

namespace {
QString servicesJson(const QList<PackageService> &services)
{
    QJsonArray a;
    for (const PackageService &s : services)
        a.append(QJsonObject{{QStringLiteral("kind"), s.kind},
                             {QStringLiteral("name"), s.name},
                             {QStringLiteral("per_year"), s.perYear},
                             {QStringLiteral("applies_to"), s.appliesTo}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<PackageService> parseServices(const QString &json)
{
    QList<PackageService> out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append(PackageService{o.value(QStringLiteral("kind")).toString(),
                                  o.value(QStringLiteral("name")).toString(),
                                  o.value(QStringLiteral("per_year")).toInt(),
                                  o.value(QStringLiteral("applies_to")).toString()});
    }
    return out;
}
} // namespace

PackageRepository::PackageRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<void> PackageRepository::validate(const Package &p)
{
    const ContractRules &rules = ContractRules::get();
    if (p.code.trimmed().isEmpty() ||
        !QRegularExpression(QStringLiteral("^[a-z0-9_]{1,30}$")).match(p.code).hasMatch())
        return makeError(QStringLiteral("package.code"),
                         tr("服务包代码只能用小写字母、数字和下划线"), QStringLiteral("code"));
    if (p.name.trimmed().isEmpty())
        return makeError(QStringLiteral("package.name"), tr("请填写服务包名称"),
                         QStringLiteral("name"));
    if (p.kind != QLatin1String("basic") && p.kind != QLatin1String("personalised"))
        return makeError(QStringLiteral("package.kind"), tr("请选择基础包或个性化包"),
                         QStringLiteral("kind"));
    if (p.feeFen < 0 || p.insuranceFen < 0 || p.publicHealthFen < 0 || p.residentFen < 0)
        return makeError(QStringLiteral("package.fee"), tr("费用不能为负数"),
                         QStringLiteral("fee"));
    if (p.insuranceFen + p.publicHealthFen + p.residentFen != p.feeFen)
        return makeError(QStringLiteral("package.split"),
                         tr("医保、公卫经费与个人自付之和应等于服务费"), QStringLiteral("fee"));
    for (const QString &e : p.eligible)
        if (!rules.keyPopulation(e))
            return makeError(QStringLiteral("package.eligible"), tr("未知的人群类别：%1").arg(e),
                             QStringLiteral("eligible"));
    for (const PackageService &s : p.services) {
        if (s.kind.isEmpty() || s.perYear < 1 || s.perYear > 52)
            return makeError(QStringLiteral("package.service"),
                             tr("服务项目的每年次数应在 1 到 52 之间"), QStringLiteral("services"));
        if (!s.appliesTo.isEmpty() && !rules.keyPopulation(s.appliesTo))
            return makeError(QStringLiteral("package.service"),
                             tr("未知的人群类别：%1").arg(s.appliesTo), QStringLiteral("services"));
    }
    return {};
}

Result<void> PackageRepository::insert(const Scope &scope, const Package &p,
                                       const QString &rulesVersion)
{
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO contract_package(id, code, version, name, kind, fee_fen, insurance_fen,"
        " public_health_fen, resident_fen, eligible, services_json, source, rules_version, active,"
        " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(p.id), QVariant(p.code), QVariant(p.version), QVariant(p.name), QVariant(p.kind),
          QVariant(p.feeFen), QVariant(p.insuranceFen), QVariant(p.publicHealthFen),
          QVariant(p.residentFen), QVariant(text(p.eligible.join(QLatin1Char(',')))),
          QVariant(servicesJson(p.services)), QVariant(p.source), QVariant(text(rulesVersion)),
          QVariant(p.active ? 1 : 0), QVariant(now), QVariant(now), QVariant(scope.userId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e;
    return ChangeLog::record(m_conn, scope, QStringLiteral("contract_package"), p.id,
                             ChangeOp::Create, {}, p.toJson());
}

Result<int> PackageRepository::importRules(const Scope &scope)
{
    const ContractRules &rules = ContractRules::get();
    QSqlQuery have(db(m_conn));
    have.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'contract_packages_version'"));
    if (auto e = exec(have); !e)
        return e.error();
    if (have.next() && have.value(0).toString() == rules.packagesVersion)
        return 0;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    int added = 0;
    for (Package p : rules.packages) {
        QSqlQuery q(db(m_conn));
        q.prepare(QStringLiteral("SELECT max(version) FROM contract_package WHERE code = ?"));
        q.addBindValue(p.code);
        if (auto e = exec(q); !e)
            return e.error();
        const int stored = q.next() ? q.value(0).toInt() : 0;
        if (stored >= p.version)
            continue; // already there, or an administrator has moved past it
        QSqlQuery retire(db(m_conn));
        retire.prepare(
            QStringLiteral("UPDATE contract_package SET active = 0, dirty = 1 WHERE code = ?"));
        retire.addBindValue(p.code);
        if (auto e = exec(retire); !e)
            return e.error();
        // The same id on every workstation (name-based UUID of code and version), so contracts
        // synced between workstations refer to the same package rows (docs/sync.md).
        p.id =
            QUuid::createUuidV5(QUuid(QStringLiteral("6f1c2a8e-3d4b-5e6f-8a9b-0c1d2e3f4a5b")),
                                QStringLiteral("contract_package/%1/%2").arg(p.code).arg(p.version))
                .toString(QUuid::WithoutBraces);
        p.active = true;
        if (auto e = insert(scope, p, rules.packagesVersion); !e)
            return e.error();
        ++added;
    }
    QSqlQuery m(db(m_conn));
    m.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('contract_packages_version', ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    m.addBindValue(rules.packagesVersion);
    if (auto e = exec(m); !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return added;
}

Result<QVector<Package>> PackageRepository::load(const Scope &scope, const QString &where,
                                                 const QVariantList &binds) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("SELECT id, code, version, name, kind, fee_fen, insurance_fen,"
                       " public_health_fen, resident_fen, eligible, services_json, source, active"
                       " FROM contract_package WHERE deleted = 0 %1"
                       " ORDER BY kind, code, version")
            .arg(where));
    bindAll(q, binds);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<Package> out;
    while (q.next()) {
        Package p;
        p.id = q.value(0).toString();
        p.code = q.value(1).toString();
        p.version = q.value(2).toInt();
        p.name = q.value(3).toString();
        p.kind = q.value(4).toString();
        p.feeFen = q.value(5).toLongLong();
        p.insuranceFen = q.value(6).toLongLong();
        p.publicHealthFen = q.value(7).toLongLong();
        p.residentFen = q.value(8).toLongLong();
        p.eligible = splitList(q.value(9).toString());
        p.services = parseServices(q.value(10).toString());
        p.source = q.value(11).toString();
        p.active = q.value(12).toBool();
        out.append(p);
    }
    return out;
}

Result<QVector<Package>> PackageRepository::active(const Scope &scope) const
{
    if (auto e = const_cast<PackageRepository *>(this)->importRules(scope); !e)
        return e.error();
    return load(scope, QStringLiteral("AND active = 1"), {});
}

Result<QVector<Package>> PackageRepository::all(const Scope &scope) const
{
    return load(scope, {}, {});
}

Result<Package> PackageRepository::findById(const Scope &scope, const QString &id) const
{
    auto r = load(scope, QStringLiteral("AND id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(QStringLiteral("package.notfound"), tr("找不到该服务包"),
                         QStringLiteral("packages"));
    return r->first();
}

Result<Package> PackageRepository::latest(const Scope &scope, const QString &code) const
{
    auto r = load(scope, QStringLiteral("AND code = ?"), {code});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(QStringLiteral("package.notfound"), tr("找不到该服务包"),
                         QStringLiteral("packages"));
    return r->last();
}

Result<Package> PackageRepository::saveNewVersion(const Scope &scope, Package p)
{
    if (auto e = requirePermission(scope, QStringLiteral("settings.write")); !e)
        return e.error();
    if (auto e = validate(p); !e)
        return e.error();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("SELECT coalesce(max(version), 0) FROM contract_package WHERE code = ?"));
    q.addBindValue(p.code);
    if (auto e = exec(q); !e)
        return e.error();
    q.next();
    p.version = q.value(0).toInt() + 1;
    QSqlQuery retire(db(m_conn));
    retire.prepare(
        QStringLiteral("UPDATE contract_package SET active = 0, dirty = 1, updated_at = ?,"
                       " updated_by = ? WHERE code = ? AND active = 1"));
    retire.addBindValue(ChangeLog::nowUtc());
    retire.addBindValue(scope.userId);
    retire.addBindValue(p.code);
    if (auto e = exec(retire); !e)
        return e.error();
    p.id = uuid();
    p.source = QStringLiteral("admin");
    p.active = true;
    if (auto e = insert(scope, p, {}); !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return p;
}

Result<void> PackageRepository::retire(const Scope &scope, const QString &code)
{
    if (auto e = requirePermission(scope, QStringLiteral("settings.write")); !e)
        return e;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery retire(db(m_conn));
    retire.prepare(
        QStringLiteral("UPDATE contract_package SET active = 0, dirty = 1, updated_at = ?,"
                       " updated_by = ? WHERE code = ? AND active = 1"));
    retire.addBindValue(ChangeLog::nowUtc());
    retire.addBindValue(scope.userId);
    retire.addBindValue(code);
    if (auto e = exec(retire); !e)
        return e;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("contract_package"), code,
                                   ChangeOp::Update, {}, {{QStringLiteral("active"), false}});
        !e)
        return e;
    return tx.commit();
}

} // namespace Models
