#include "indicatortargets.h"

#include "changelog.h"
#include "dbaccess.h"
#include "permission.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorTargets)
};

QString targetKey(const QString &id)
{
    return QStringLiteral("target:") + id;
}
QString settingKey(const QString &key)
{
    return QStringLiteral("setting:") + key;
}

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// A value as the file gives it: a number, null, or {"value": ..., "source": ...}.
struct Entry
{
    QJsonValue value;
    QString source;
};
Entry entry(const QJsonValue &v, const QString &defaultSource)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString s = o.value(QStringLiteral("source")).toString();
        return {o.value(QStringLiteral("value")), s.isEmpty() ? defaultSource : s};
    }
    return {v, defaultSource};
}
} // namespace

IndicatorTargets::IndicatorTargets(QString connectionName, const IndicatorCatalog &catalog)
    : m_conn(std::move(connectionName)), m_catalog(catalog)
{
}

Result<void> IndicatorTargets::load()
{
    m_stored.clear();
    m_population.clear();
    m_populationSource.clear();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT key, value, source FROM report_setting"));
    if (auto e = exec(q); !e)
        return e;
    while (q.next())
        m_stored.insert(q.value(0).toString(),
                        Stored{q.value(1).isNull() ? std::nullopt
                                                   : std::optional<double>(q.value(1).toDouble()),
                               q.value(2).toString()});
    QSqlQuery p(db(m_conn));
    p.prepare(QStringLiteral("SELECT area_code, population, source FROM area_population"));
    if (auto e = exec(p); !e)
        return e;
    while (p.next()) {
        m_population.insert(p.value(0).toString(), p.value(1).toLongLong());
        m_populationSource.insert(p.value(0).toString(), p.value(2).toString());
    }
    return {};
}

std::optional<double> IndicatorTargets::target(const QString &id) const
{
    if (auto it = m_stored.constFind(targetKey(id)); it != m_stored.cend())
        return it->value;
    const IndicatorDefinition *d = m_catalog.find(id);
    return d ? d->target : std::nullopt;
}

QString IndicatorTargets::targetSource(const QString &id) const
{
    if (auto it = m_stored.constFind(targetKey(id)); it != m_stored.cend())
        return it->source;
    const IndicatorDefinition *d = m_catalog.find(id);
    return d ? d->targetSource : QString();
}

bool IndicatorTargets::targetStored(const QString &id) const
{
    return m_stored.contains(targetKey(id));
}

double IndicatorTargets::setting(const QString &key) const
{
    if (auto it = m_stored.constFind(settingKey(key)); it != m_stored.cend() && it->value)
        return *it->value;
    const IndicatorSetting *s = m_catalog.setting(key);
    return s ? s->defaultValue : 0.0;
}

QString IndicatorTargets::settingSource(const QString &key) const
{
    if (auto it = m_stored.constFind(settingKey(key)); it != m_stored.cend())
        return it->source;
    const IndicatorSetting *s = m_catalog.setting(key);
    return s ? s->source : QString();
}

bool IndicatorTargets::settingStored(const QString &key) const
{
    return m_stored.contains(settingKey(key));
}

std::optional<qint64> IndicatorTargets::population(const QString &areaCode) const
{
    if (auto it = m_population.constFind(areaCode); it != m_population.cend())
        return *it;
    return std::nullopt;
}

Result<void> IndicatorTargets::write(const Scope &scope, const QString &key,
                                     std::optional<double> value, const QString &source,
                                     bool remove)
{
    const auto before = m_stored.value(key);
    const bool had = m_stored.contains(key);
    QSqlQuery q(db(m_conn));
    if (remove) {
        q.prepare(QStringLiteral("DELETE FROM report_setting WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO report_setting(key, value, source, updated_at, updated_by)"
            " VALUES(?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
            " source = excluded.source, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by"));
        q.addBindValue(key);
        q.addBindValue(value ? QVariant(*value) : QVariant());
        q.addBindValue(source);
        q.addBindValue(ChangeLog::nowUtc());
        q.addBindValue(scope.userId);
    }
    if (auto e = exec(q); !e)
        return e;
    QJsonObject b, a;
    if (had)
        b = {{QStringLiteral("value"), number(before.value)},
             {QStringLiteral("source"), before.source}};
    if (!remove)
        a = {{QStringLiteral("value"), number(value)}, {QStringLiteral("source"), source}};
    if (auto e = ChangeLog::audit(m_conn, scope,
                                  remove ? QStringLiteral("delete") : QStringLiteral("update"),
                                  QStringLiteral("report_setting"), key, b, a);
        !e)
        return e;
    if (remove)
        m_stored.remove(key);
    else
        m_stored.insert(key, Stored{value, source});
    return {};
}

Result<void> IndicatorTargets::setTarget(const Scope &scope, const QString &id,
                                         std::optional<double> value, const QString &source)
{
    if (auto e = requirePermission(scope, QStringLiteral("report.write")); !e)
        return e;
    if (!m_catalog.find(id))
        return makeError(QStringLiteral("indicator.unknown"), Text::tr("没有这个指标：%1").arg(id),
                         QStringLiteral("indicator"));
    if (value && (!std::isfinite(*value) || *value < 0 || *value > 100))
        return makeError(QStringLiteral("indicator.target"),
                         Text::tr("目标值应在 0 到 100（%）之间"), QStringLiteral("target"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (auto e = write(scope, targetKey(id), value, source); !e)
        return e;
    return tx.commit();
}

Result<void> IndicatorTargets::resetTarget(const Scope &scope, const QString &id)
{
    if (auto e = requirePermission(scope, QStringLiteral("report.write")); !e)
        return e;
    if (!targetStored(id))
        return {};
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (auto e = write(scope, targetKey(id), std::nullopt, {}, true); !e)
        return e;
    return tx.commit();
}

Result<void> IndicatorTargets::setSetting(const Scope &scope, const QString &key, double value,
                                          const QString &source)
{
    if (auto e = requirePermission(scope, QStringLiteral("report.write")); !e)
        return e;
    const IndicatorSetting *s = m_catalog.setting(key);
    if (!s)
        return makeError(QStringLiteral("indicator.setting"), Text::tr("没有这个设置：%1").arg(key),
                         QStringLiteral("setting"));
    if (!std::isfinite(value) || value < s->min || value > s->max)
        return makeError(
            QStringLiteral("indicator.setting"),
            Text::tr("%1 应在 %2 到 %3 之间").arg(s->displayLabel()).arg(s->min).arg(s->max), key);
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (auto e = write(scope, settingKey(key), value, source); !e)
        return e;
    return tx.commit();
}

Result<void> IndicatorTargets::setPopulation(const Scope &scope, const QString &areaCode,
                                             qint64 population, const QString &source)
{
    if (auto e = requirePermission(scope, QStringLiteral("report.write")); !e)
        return e;
    if (population < 0)
        return makeError(QStringLiteral("indicator.population"), Text::tr("常住人口不能为负数"),
                         QStringLiteral("population"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery a(db(m_conn));
    a.prepare(QStringLiteral("SELECT level FROM area WHERE code = ?"));
    a.addBindValue(areaCode);
    if (auto e = exec(a); !e)
        return e;
    if (!a.next() || a.value(0).toString() == QLatin1String("county"))
        return makeError(QStringLiteral("indicator.area"),
                         Text::tr("没有这个村或乡镇：%1").arg(areaCode), QStringLiteral("area"));
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO area_population(area_code, population, source, updated_at, updated_by)"
        " VALUES(?,?,?,?,?) ON CONFLICT(area_code) DO UPDATE SET population ="
        " excluded.population, source = excluded.source, updated_at = excluded.updated_at,"
        " updated_by = excluded.updated_by"));
    for (const QVariant &v : {QVariant(areaCode), QVariant(population), QVariant(source),
                              QVariant(ChangeLog::nowUtc()), QVariant(scope.userId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e;
    QJsonObject before;
    if (auto old = this->population(areaCode))
        before = {{QStringLiteral("population"), *old},
                  {QStringLiteral("source"), m_populationSource.value(areaCode)}};
    if (auto e = ChangeLog::audit(
            m_conn, scope, QStringLiteral("update"), QStringLiteral("area_population"), areaCode,
            before,
            {{QStringLiteral("population"), population}, {QStringLiteral("source"), source}});
        !e)
        return e;
    if (auto e = tx.commit(); !e)
        return e;
    m_population.insert(areaCode, population);
    m_populationSource.insert(areaCode, source);
    return {};
}

Result<TargetImportSummary> IndicatorTargets::importJson(const Scope &scope, const QByteArray &json)
{
    if (auto e = requirePermission(scope, QStringLiteral("report.write")); !e)
        return e.error();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("indicator.import"),
                         Text::tr("目标文件不是有效的 JSON 对象：%1").arg(pe.errorString()),
                         QStringLiteral("$"));
    const QJsonObject o = doc.object();
    const QString fileSource = o.value(QStringLiteral("source")).toString();
    QStringList problems;
    QString firstField;
    auto problem = [&](const QString &path, const QString &why) {
        if (firstField.isEmpty())
            firstField = path;
        problems << QStringLiteral("%1: %2").arg(path, why);
    };
    static const QSet<QString> known{QStringLiteral("source"),   QStringLiteral("comment"),
                                     QStringLiteral("version"),  QStringLiteral("targets"),
                                     QStringLiteral("settings"), QStringLiteral("population")};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()))
            problem(QStringLiteral("$.") + it.key(), Text::tr("未知的项"));

    struct Pending
    {
        QString key;
        std::optional<double> value;
        QString source;
    };
    QVector<Pending> values;
    const QJsonObject targets = o.value(QStringLiteral("targets")).toObject();
    for (auto it = targets.constBegin(); it != targets.constEnd(); ++it) {
        const QString path = QStringLiteral("$.targets.") + it.key();
        const Entry e = entry(it.value(), fileSource);
        if (!m_catalog.find(it.key())) {
            problem(path, Text::tr("没有这个指标"));
        } else if (e.value.isNull()) {
            values << Pending{targetKey(it.key()), std::nullopt, e.source};
        } else if (!e.value.isDouble() || e.value.toDouble() < 0 || e.value.toDouble() > 100) {
            problem(path, Text::tr("目标值应为 0 到 100 之间的数（%），或 null 表示无目标"));
        } else {
            values << Pending{targetKey(it.key()), e.value.toDouble(), e.source};
        }
        if (e.source.isEmpty())
            problem(path, Text::tr("缺少来源（source）：请写明目标出自哪个文件"));
    }
    const int targetCount = int(values.size());
    const QJsonObject settings = o.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const QString path = QStringLiteral("$.settings.") + it.key();
        const Entry e = entry(it.value(), fileSource);
        const IndicatorSetting *s = m_catalog.setting(it.key());
        if (!s)
            problem(path, Text::tr("没有这个设置"));
        else if (!e.value.isDouble() || e.value.toDouble() < s->min || e.value.toDouble() > s->max)
            problem(path, Text::tr("应为 %1 到 %2 之间的数").arg(s->min).arg(s->max));
        else
            values << Pending{settingKey(it.key()), e.value.toDouble(), e.source};
        if (e.source.isEmpty())
            problem(path, Text::tr("缺少来源（source）"));
    }
    QSet<QString> areas;
    {
        QSqlQuery a(db(m_conn));
        a.prepare(QStringLiteral("SELECT code FROM area WHERE level IN ('township', 'village')"));
        if (auto e = exec(a); !e)
            return e.error();
        while (a.next())
            areas.insert(a.value(0).toString());
    }
    QVector<QPair<QString, Entry>> populations;
    const QJsonObject population = o.value(QStringLiteral("population")).toObject();
    for (auto it = population.constBegin(); it != population.constEnd(); ++it) {
        const QString path = QStringLiteral("$.population.") + it.key();
        const Entry e = entry(it.value(), fileSource);
        if (!areas.contains(it.key()))
            problem(path, Text::tr("没有这个村或乡镇"));
        else if (!e.value.isDouble() || e.value.toDouble() < 0 ||
                 e.value.toDouble() != std::floor(e.value.toDouble()))
            problem(path, Text::tr("常住人口应为不小于 0 的整数"));
        else
            populations << qMakePair(it.key(), e);
    }
    if (!problems.isEmpty())
        return makeError(QStringLiteral("indicator.import"), problems.join(QLatin1Char('\n')),
                         firstField);
    if (values.isEmpty() && populations.isEmpty())
        return makeError(QStringLiteral("indicator.import"),
                         Text::tr("文件中没有目标、设置或常住人口"), QStringLiteral("$"));

    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QHash<QString, Stored> storedBefore = m_stored;
    const QHash<QString, qint64> populationBefore = m_population;
    const QHash<QString, QString> sourceBefore = m_populationSource;
    auto rollback = [&] {
        m_stored = storedBefore;
        m_population = populationBefore;
        m_populationSource = sourceBefore;
    };
    for (const Pending &p : values)
        if (auto e = write(scope, p.key, p.value, p.source); !e) {
            rollback();
            return e.error();
        }
    for (const auto &[area, e] : populations) {
        if (auto r = setPopulation(scope, area, qint64(e.value.toDouble()), e.source); !r) {
            rollback();
            return r.error();
        }
    }
    if (auto e = tx.commit(); !e) {
        rollback();
        return e.error();
    }
    return TargetImportSummary{targetCount, int(values.size()) - targetCount,
                               int(populations.size())};
}

QJsonObject IndicatorTargets::toJson() const
{
    QJsonObject targets, settings, population;
    for (const IndicatorDefinition &d : m_catalog.indicators())
        targets.insert(d.id, QJsonObject{{QStringLiteral("value"), number(target(d.id))},
                                         {QStringLiteral("source"), targetSource(d.id)}});
    for (const IndicatorSetting &s : m_catalog.settings())
        settings.insert(s.key, QJsonObject{{QStringLiteral("value"), setting(s.key)},
                                           {QStringLiteral("source"), settingSource(s.key)}});
    for (auto it = m_population.cbegin(); it != m_population.cend(); ++it)
        population.insert(
            it.key(), QJsonObject{{QStringLiteral("value"), it.value()},
                                  {QStringLiteral("source"), m_populationSource.value(it.key())}});
    return {{QStringLiteral("version"), m_catalog.version()},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("population"), population}};
}

} // namespace Models
