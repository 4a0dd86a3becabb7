#include "contractrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cmath>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ContractRules)
};

Error bad(const QString &what)
{
    return makeError(QStringLiteral("rules.contract"), Text::tr("签约规则文件有误：%1").arg(what));
}

QList<Code> codes(const QJsonArray &a)
{
    QList<Code> out;
    for (const auto &v : a) {
        const QJsonObject o = v.toObject();
        out.append(Code{o.value(QStringLiteral("code")).toString(),
                        o.value(QStringLiteral("zh")).toString(),
                        o.value(QStringLiteral("en")).toString()});
    }
    return out;
}

qint64 fen(const QJsonValue &v)
{
    return qint64(std::llround(v.toDouble() * 100.0));
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QString KeyPopulationRule::label() const
{
    return CodeTable::english() && !en.isEmpty() ? en : zh;
}

const ContractRules &ContractRules::get()
{
    static const ContractRules rules = [] {
        auto r = parse(readResource(QStringLiteral(":/rules/contract_rules.json")),
                       readResource(QStringLiteral(":/rules/contract_packages.json")));
        Q_ASSERT_X(r.ok(), "ContractRules", "invalid contract rules");
        return r.ok() ? r.value() : ContractRules{};
    }();
    return rules;
}

Result<ContractRules> ContractRules::parse(const QByteArray &rulesJson,
                                           const QByteArray &packagesJson)
{
    ContractRules r;
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(rulesJson, &pe).object();
    if (pe.error != QJsonParseError::NoError || o.isEmpty())
        return bad(QStringLiteral("contract_rules.json: ") + pe.errorString());
    r.version = o.value(QStringLiteral("version")).toString();
    r.termYears = o.value(QStringLiteral("term_years")).toInt(0);
    r.reminderDays = o.value(QStringLiteral("reminder_days")).toInt(-1);
    r.renewalGraceDays = o.value(QStringLiteral("renewal_grace_days")).toInt(-1);
    if (r.version.isEmpty())
        return bad(QStringLiteral("version"));
    if (r.termYears < 1 || r.termYears > 5)
        return bad(QStringLiteral("term_years 1..5"));
    if (r.reminderDays < 0 || r.reminderDays > 365)
        return bad(QStringLiteral("reminder_days 0..365"));
    if (r.renewalGraceDays < 0 || r.renewalGraceDays > 730)
        return bad(QStringLiteral("renewal_grace_days 0..730"));
    r.channels = codes(o.value(QStringLiteral("channels")).toArray());
    r.roles = codes(o.value(QStringLiteral("roles")).toArray());
    r.terminateReasons = codes(o.value(QStringLiteral("terminate_reasons")).toArray());
    for (const auto &v : o.value(QStringLiteral("terminate_reasons")).toArray())
        if (v.toObject().value(QStringLiteral("lifecycle")).toBool())
            r.lifecycleReasons << v.toObject().value(QStringLiteral("code")).toString();
    for (const auto &v : o.value(QStringLiteral("doctor_roles")).toArray())
        r.doctorRoles << v.toString();
    if (r.channels.isEmpty() || r.roles.isEmpty() || r.terminateReasons.isEmpty())
        return bad(QStringLiteral("channels, roles, terminate_reasons"));
    for (const QString &d : r.doctorRoles)
        if (!has(r.roles, d))
            return bad(QStringLiteral("doctor_roles: ") + d);
    for (const auto &v : o.value(QStringLiteral("key_populations")).toArray()) {
        const QJsonObject k = v.toObject();
        KeyPopulationRule kp;
        kp.code = k.value(QStringLiteral("code")).toString();
        kp.zh = k.value(QStringLiteral("zh")).toString();
        kp.en = k.value(QStringLiteral("en")).toString();
        kp.source = k.value(QStringLiteral("source")).toString();
        kp.minAge = k.value(QStringLiteral("min_age")).toInt(-1);
        kp.maxAge = k.value(QStringLiteral("max_age")).toInt(-1);
        kp.programme = k.value(QStringLiteral("programme")).toString();
        if (kp.code.isEmpty() || kp.zh.isEmpty())
            return bad(QStringLiteral("key_populations: code/zh"));
        if (kp.source == QLatin1String("age")       ? (kp.minAge < 0 && kp.maxAge < 0)
            : kp.source == QLatin1String("chronic") ? kp.programme.isEmpty()
                                                    : kp.source != QLatin1String("flag"))
            return bad(QStringLiteral("key_populations: ") + kp.code);
        if (r.keyPopulation(kp.code))
            return bad(QStringLiteral("key_populations: duplicate ") + kp.code);
        r.keyPopulations.append(kp);
    }
    if (r.keyPopulations.isEmpty())
        return bad(QStringLiteral("key_populations"));

    const QJsonObject p = QJsonDocument::fromJson(packagesJson, &pe).object();
    if (pe.error != QJsonParseError::NoError || p.isEmpty())
        return bad(QStringLiteral("contract_packages.json: ") + pe.errorString());
    r.packagesVersion = p.value(QStringLiteral("version")).toString();
    if (r.packagesVersion.isEmpty())
        return bad(QStringLiteral("contract_packages.json version"));
    for (const auto &v : p.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject k = v.toObject();
        Package pk;
        pk.code = k.value(QStringLiteral("code")).toString();
        pk.version = k.value(QStringLiteral("version")).toInt(0);
        pk.name = k.value(QStringLiteral("zh")).toString();
        pk.kind = k.value(QStringLiteral("kind")).toString();
        pk.feeFen = fen(k.value(QStringLiteral("fee")));
        pk.insuranceFen = fen(k.value(QStringLiteral("insurance")));
        pk.publicHealthFen = fen(k.value(QStringLiteral("public_health")));
        pk.residentFen = fen(k.value(QStringLiteral("resident")));
        pk.source = QStringLiteral("rules");
        for (const auto &e : k.value(QStringLiteral("eligible")).toArray())
            pk.eligible << e.toString();
        for (const auto &s : k.value(QStringLiteral("services")).toArray()) {
            const QJsonObject so = s.toObject();
            PackageService ps{so.value(QStringLiteral("kind")).toString(),
                              so.value(QStringLiteral("zh")).toString(),
                              so.value(QStringLiteral("per_year")).toInt(0),
                              so.value(QStringLiteral("applies_to")).toString()};
            if (ps.kind.isEmpty() || ps.perYear < 1 || ps.perYear > 52 ||
                (!ps.appliesTo.isEmpty() && !r.keyPopulation(ps.appliesTo)))
                return bad(QStringLiteral("package %1: service %2").arg(pk.code, ps.kind));
            pk.services.append(ps);
        }
        if (pk.code.isEmpty() || pk.version < 1 || pk.name.isEmpty() ||
            (pk.kind != QLatin1String("basic") && pk.kind != QLatin1String("personalised")))
            return bad(QStringLiteral("package ") + pk.code);
        if (pk.insuranceFen + pk.publicHealthFen + pk.residentFen != pk.feeFen)
            return bad(
                QStringLiteral("package %1: payer split does not add up to the fee").arg(pk.code));
        for (const QString &e : pk.eligible)
            if (!r.keyPopulation(e))
                return bad(QStringLiteral("package %1: eligible %2").arg(pk.code, e));
        r.packages.append(pk);
    }
    if (r.packages.isEmpty())
        return bad(QStringLiteral("packages"));
    return r;
}

const KeyPopulationRule *ContractRules::keyPopulation(const QString &code) const
{
    for (const KeyPopulationRule &k : keyPopulations)
        if (k.code == code)
            return &k;
    return nullptr;
}

QStringList ContractRules::flagCodes() const
{
    QStringList out;
    for (const KeyPopulationRule &k : keyPopulations)
        if (k.source == QLatin1String("flag"))
            out << k.code;
    return out;
}

QString ContractRules::label(const QList<Code> &list, const QString &code)
{
    for (const Code &c : list)
        if (c.code == code)
            return c.label();
    return code;
}

bool ContractRules::has(const QList<Code> &list, const QString &code)
{
    for (const Code &c : list)
        if (c.code == code)
            return true;
    return false;
}

ContractStatus ContractRules::statusOn(const Contract &c, const QDate &day, bool renewed) const
{
    if (c.terminatedOn.isValid() && c.terminatedOn <= day)
        return ContractStatus::Terminated;
    if (day < c.startDate)
        return ContractStatus::Pending;
    if (day <= c.endDate)
        return !renewed && day.daysTo(c.endDate) < reminderDays ? ContractStatus::Expiring
                                                                : ContractStatus::Valid;
    if (!renewed && c.endDate.daysTo(day) <= renewalGraceDays)
        return ContractStatus::AwaitingRenewal;
    return ContractStatus::Expired;
}

QList<ContractTask> ContractRules::tasksFor(const QList<Package> &packages, const QStringList &tags,
                                            const QDate &start, const QDate &end, int termYears)
{
    struct Plan
    {
        int perYear;
        QString name;
        QString packageId;
    };
    QMap<QString, Plan> plan;
    for (const Package &p : packages)
        for (const PackageService &s : p.services) {
            if (!s.appliesTo.isEmpty() && !tags.contains(s.appliesTo))
                continue;
            auto it = plan.find(s.kind);
            if (it == plan.end() || it->perYear < s.perYear)
                plan[s.kind] = Plan{s.perYear, s.name, p.id};
        }
    QList<ContractTask> out;
    const qint64 days = start.daysTo(end) + 1;
    for (auto it = plan.cbegin(); it != plan.cend(); ++it) {
        const int n = it->perYear * termYears;
        for (int k = 1; k <= n; ++k) {
            ContractTask t;
            t.kind = it.key();
            t.name = it->name;
            t.packageId = it->packageId;
            t.seq = k;
            t.dueOn = start.addDays((days * k + n / 2) / n - 1);
            out.append(t);
        }
    }
    return out;
}

QString statusCode(ContractStatus s)
{
    switch (s) {
    case ContractStatus::Pending:
        return QStringLiteral("pending");
    case ContractStatus::Valid:
        return QStringLiteral("valid");
    case ContractStatus::Expiring:
        return QStringLiteral("expiring");
    case ContractStatus::AwaitingRenewal:
        return QStringLiteral("awaiting_renewal");
    case ContractStatus::Expired:
        return QStringLiteral("expired");
    case ContractStatus::Terminated:
        return QStringLiteral("terminated");
    }
    return {};
}

QString statusLabel(ContractStatus s)
{
    switch (s) {
    case ContractStatus::Pending:
        return Text::tr("待生效");
    case ContractStatus::Valid:
        return Text::tr("有效");
    case ContractStatus::Expiring:
        return Text::tr("即将到期");
    case ContractStatus::AwaitingRenewal:
        return Text::tr("待续约");
    case ContractStatus::Expired:
        return Text::tr("已过期");
    case ContractStatus::Terminated:
        return Text::tr("已解约");
    }
    return {};
}

} // namespace Models
