// IndicatorSession: the definitions' SQL as the session runs it (markers expanded, parameters
// bound).
#include "indicatorsession.h"

#include "chronicrules.h"
#include "contractrules.h"
#include "indicatorsql.h"
#include "population.h"
#include "sqlitestmt.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorEngine)
};

Error readError(const QString &detail, const QString &id = {})
{
    return indicatorReadError(detail, id);
}
} // namespace

QString IndicatorSession::expand(const QString &sql) const
{
    return IndicatorSql::expand(sql, [this](const IndicatorSql::Marker &m) -> QString {
        const QString a = m.alias;
        if (m.kind == QLatin1String("living"))
            return Population::livingOn(a, QStringLiteral(":to"));
        if (m.kind == QLatin1String("chronic_modes")) {
            QStringList modes;
            for (int mode : ChronicRuleSet::active().standardModes())
                modes << QString::number(mode);
            return modes.join(QLatin1Char(','));
        }
        if (m.kind == QLatin1String("key_population"))
            return keyPopulationSql();
        // area
        QString where;
        switch (m_area.kind) {
        case IndicatorArea::Kind::Township:
            where = m_area.code.isEmpty()
                        ? QStringLiteral("1")
                        : QStringLiteral("%1.village_code IN (SELECT code FROM area WHERE "
                                         "parent_code = :area_code AND level = 'village')")
                              .arg(a);
            break;
        case IndicatorArea::Kind::Village:
            where = QStringLiteral("%1.village_code = :area_code").arg(a);
            break;
        case IndicatorArea::Kind::Team:
            where = QStringLiteral("%1.village_code IN (SELECT village_code FROM "
                                   "contract_team_village WHERE team_id = :area_code)")
                        .arg(a);
            break;
        case IndicatorArea::Kind::Doctor:
            where = QStringLiteral(
                        "EXISTS (SELECT 1 FROM contract ac WHERE ac.resident_id = %1.id AND "
                        "ac.deleted = 0 AND ac.doctor_id = :area_code AND ac.start_date <= :to "
                        "AND ac.cover_end >= :from)")
                        .arg(a);
            break;
        }
        if (!m_scope.allVillages) {
            QStringList quoted;
            for (const QString &v : m_scope.villages)
                quoted << QLatin1Char('\'') + v + QLatin1Char('\''); // digits only (open())
            where += quoted.isEmpty() ? QStringLiteral(" AND 0")
                                      : QStringLiteral(" AND %1.village_code IN (%2)")
                                            .arg(a, quoted.join(QLatin1Char(',')));
        }
        return QLatin1Char('(') + where + QLatin1Char(')');
    });
}

// The key populations of contract_rules.json on the day :to, as KeyPopulation::anyKeyPopulationSql
// says them, in three parts: the age bands as a condition on r, and the residents with an open
// chronic registration or a flag as SELECTs of resident ids.
IndicatorSession::KeyPopulationParts IndicatorSession::keyPopulationParts()
{
    QStringList ages, programmes, flags;
    for (const KeyPopulationRule &k : ContractRules::get().keyPopulations) {
        if (k.source == QLatin1String("age")) {
            QStringList age;
            if (k.minAge >= 0)
                age << QStringLiteral("r.birth_date <= date(:to, '-%1 years')").arg(k.minAge);
            if (k.maxAge >= 0)
                age << QStringLiteral("r.birth_date > date(:to, '-%1 years')").arg(k.maxAge + 1)
                    << QStringLiteral("r.birth_date <= :to");
            ages << QLatin1Char('(') + age.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        } else if (k.source == QLatin1String("chronic")) {
            programmes << QLatin1Char('\'') + k.programme + QLatin1Char('\'');
        } else {
            flags << QLatin1Char('\'') + k.code + QLatin1Char('\'');
        }
    }
    KeyPopulationParts out;
    if (!ages.isEmpty())
        out.age = QLatin1Char('(') + ages.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    if (!programmes.isEmpty())
        out.chronic = QStringLiteral("SELECT resident_id FROM chronic_registration WHERE "
                                     "programme IN (%1) AND deleted = 0 AND registered_on <= :to "
                                     "AND (closed_on IS NULL OR closed_on > :to)")
                          .arg(programmes.join(QLatin1Char(',')));
    if (!flags.isEmpty())
        out.flag = QStringLiteral("SELECT resident_id FROM resident_flag WHERE flag IN (%1) AND "
                                  "deleted = 0 AND since <= :to AND (until IS NULL OR until > :to)")
                       .arg(flags.join(QLatin1Char(',')));
    return out;
}

// The same parts as one condition on r, the registrations and flags as uncorrelated IN lists:
// SQLite reads each table once instead of probing it for every resident (200,000 probes took a
// second). The engine itself takes the faster way of IndicatorSql::split() where it can.
QString IndicatorSession::keyPopulationSql()
{
    const KeyPopulationParts k = keyPopulationParts();
    QStringList parts;
    if (!k.age.isEmpty())
        parts << k.age;
    if (!k.chronic.isEmpty())
        parts << QStringLiteral("r.id IN (%1)").arg(k.chronic);
    if (!k.flag.isEmpty())
        parts << QStringLiteral("r.id IN (%1)").arg(k.flag);
    return parts.isEmpty()
               ? QStringLiteral("0")
               : QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

Result<void> IndicatorSession::bind(sqlite3_stmt *st) const
{
    const int n = sqlite3_bind_parameter_count(st);
    for (int i = 1; i <= n; ++i) {
        const char *name = sqlite3_bind_parameter_name(st, i);
        if (!name)
            return readError(QStringLiteral("positional parameter"));
        const QString key = QString::fromUtf8(name + 1);
        const auto it = m_params.constFind(key);
        if (it == m_params.cend())
            return readError(QStringLiteral("unknown parameter ") + key);
        if (it->typeId() == QMetaType::QString) {
            const QByteArray b = it->toString().toUtf8();
            sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        } else if (it->typeId() == QMetaType::Double) {
            sqlite3_bind_double(st, i, it->toDouble());
        } else {
            sqlite3_bind_int64(st, i, it->toLongLong());
        }
    }
    return {};
}

QString IndicatorSession::prepareProblem(const QString &sql) const
{
    SqliteStmt q(m_h, expand(sql));
    if (!q.ok())
        return q.error();
    if (sqlite3_column_count(q.handle()) != 1)
        return Text::tr("SELECT 应只返回一列（居民 id）");
    return {};
}

} // namespace Models
