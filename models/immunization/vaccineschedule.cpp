#include "vaccineschedule.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Models {

QString VaccineProduct::siteCode() const
{
    if (route == QLatin1String("PO"))
        return QStringLiteral("MO");
    if (site.startsWith(QStringLiteral("大腿")))
        return QStringLiteral("LT");
    return QStringLiteral("LA");
}

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Schedule)
};

Error bad(const QString &what)
{
    return makeError(QStringLiteral("schedule.invalid"),
                     Text::tr("免疫程序数据文件有误：%1").arg(what));
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

// Days in a month of the Gregorian calendar, without making a QDate (Duration::after runs for
// every dose of every child a township plans).
int daysIn(int year, int month)
{
    if (month == 2)
        return QDate::isLeapYear(year) ? 29 : 28;
    return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
}
} // namespace

QDate Duration::after(const QDate &d) const
{
    if (years == 0 && months == 0)
        return d.addDays(days);
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    const int shifted = m - 1 + months; // months >= 0 (parse reads digits only)
    const int toYear = y + years + shifted / 12;
    if (!d.isValid() || y < 1 || years < 0 || months < 0 || toYear < 1)
        return d.addYears(years).addMonths(months).addDays(days); // Qt's rules (no year 0)
    // addYears clamps 29 February to the 28th, then addMonths clamps to the month's last day.
    day = std::min(day, daysIn(y + years, m));
    m = shifted % 12 + 1;
    day = std::min(day, daysIn(toYear, m));
    return QDate(toYear, m, day).addDays(days);
}

Duration Duration::parse(const QString &text, bool *ok)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d+)y)?(?:(\\d+)m)?(?:(\\d+)d)?$"));
    Duration d;
    const auto m = re.match(text.trimmed());
    const bool good = !text.trimmed().isEmpty() && m.hasMatch();
    if (ok)
        *ok = good;
    if (!good)
        return d;
    d.years = m.captured(1).toInt();
    d.months = m.captured(2).toInt();
    d.days = m.captured(3).toInt();
    d.set = true;
    return d;
}

QString Duration::toString() const
{
    if (!set)
        return {};
    QString s;
    if (years)
        s += QString::number(years) + QLatin1Char('y');
    if (months)
        s += QString::number(months) + QLatin1Char('m');
    if (days || s.isEmpty())
        s += QString::number(days) + QLatin1Char('d');
    return s;
}

void Schedule::buildLookup()
{
    m_lookup.clear();
    m_countsIn.clear();
    for (const VaccineProduct &p : std::as_const(products)) {
        m_lookup.insert(p.abbr, p.abbr); // exact spelling first: no lower-casing on the hot path
        m_lookup.insert(p.abbr.toLower(), p.abbr);
        for (const QString &c : p.codes)
            m_lookup.insert(c, p.abbr);
        m_countsIn.insert(p.abbr, seriesCounting(p));
    }
}

QVector<bool> Schedule::seriesCounting(const VaccineProduct &p) const
{
    const auto it = m_countsIn.constFind(p.abbr);
    if (it != m_countsIn.constEnd() && it->size() == series.size())
        return *it;
    QVector<bool> in(series.size());
    for (int i = 0; i < series.size(); ++i)
        in[i] = !series.at(i).accepts.isEmpty() ? series.at(i).accepts.contains(p.abbr)
                                                : p.antigens.contains(series.at(i).antigen);
    return in;
}

const VaccineProduct *Schedule::product(const QString &nameOrCode) const
{
    auto it = m_lookup.constFind(nameOrCode);
    if (it == m_lookup.constEnd())
        it = m_lookup.constFind(nameOrCode.trimmed().toLower());
    if (it == m_lookup.constEnd())
        return nullptr;
    const auto p = products.constFind(*it);
    return p == products.constEnd() ? nullptr : &*p;
}

const Series *Schedule::findSeries(const QString &id) const
{
    const int i = seriesIndex(id);
    return i < 0 ? nullptr : &series.at(i);
}

int Schedule::seriesIndex(const QString &id) const
{
    for (int i = 0; i < series.size(); ++i)
        if (series.at(i).id == id)
            return i;
    return -1;
}

bool Schedule::knowsState(const QString &state) const
{
    if (state.startsWith(QLatin1String("allergy:")))
        return product(state.mid(8)) != nullptr;
    return healthStates.contains(state);
}

QStringList Schedule::contraindicatedBy(const QStringList &states) const
{
    QStringList out;
    for (const QString &s : states) {
        if (s.startsWith(QLatin1String("allergy:"))) {
            if (const VaccineProduct *p = product(s.mid(8)))
                out << p->abbr;
            continue;
        }
        const auto it = healthStates.constFind(s);
        if (it != healthStates.constEnd())
            out << it->contraindicated;
    }
    out.removeDuplicates();
    return out;
}

namespace {

Result<Duration> dur(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return Duration{};
    bool ok = false;
    Duration d = Duration::parse(v.toString(), &ok);
    if (!ok)
        return bad(QStringLiteral("%1: %2 \"%3\"").arg(where, QLatin1String(key), v.toString()));
    return d;
}

#define DUR(target, obj, key, where)                                                               \
    do {                                                                                           \
        auto r_ = dur(obj, key, where);                                                            \
        if (!r_)                                                                                   \
            return r_.error();                                                                     \
        target = *r_;                                                                              \
    } while (0)

Result<VaccineProduct> parseProduct(const QString &abbr, const QJsonObject &o)
{
    VaccineProduct p;
    p.abbr = abbr;
    p.nameZh = o.value(QLatin1String("name_zh")).toString();
    p.antigens = strings(o.value(QLatin1String("antigens")));
    p.live = o.value(QLatin1String("live")).toBool();
    p.route = o.value(QLatin1String("route")).toString();
    p.site = o.value(QLatin1String("site")).toString();
    p.dose = o.value(QLatin1String("dose")).toString();
    p.codes = strings(o.value(QLatin1String("codes")));
    p.programme = o.value(QLatin1String("programme")).toBool();
    DUR(p.maxAge, o, "max_age", abbr);
    if (p.nameZh.isEmpty() || p.antigens.isEmpty() || p.route.isEmpty())
        return bad(
            QStringLiteral("product %1: name_zh, antigens and route are required").arg(abbr));
    return p;
}

Result<DoseRule> parseDose(const QJsonObject &o, const QString &where)
{
    DoseRule d;
    d.number = o.value(QLatin1String("dose")).toInt();
    d.vaccine = o.value(QLatin1String("vaccine")).toString();
    DUR(d.minAge, o, "min_age", where);
    DUR(d.minInterval, o, "min_interval", where);
    DUR(d.grace, o, "grace", where);
    DUR(d.completeBy, o, "complete_by", where);
    DUR(d.maxAge, o, "max_age", where);
    if (!d.minAge.set)
        return bad(QStringLiteral("%1 dose %2: min_age is required").arg(where).arg(d.number));
    for (const QJsonValue &v : o.value(QLatin1String("intervals_from")).toArray()) {
        Duration m;
        DUR(m, v.toObject(), "min", where);
        d.intervalsFrom.append({v.toObject().value(QLatin1String("dose")).toInt(), m});
    }
    for (const QJsonValue &v : o.value(QLatin1String("notes")).toArray()) {
        Duration from;
        DUR(from, v.toObject(), "from_age", where);
        d.notes.append({from, v.toObject().value(QLatin1String("text_zh")).toString()});
    }
    const QJsonObject after = o.value(QLatin1String("after_series")).toObject();
    if (!after.isEmpty()) {
        d.afterSeries = after.value(QLatin1String("series")).toString();
        const QJsonObject m = after.value(QLatin1String("intervals_by_last_dose")).toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            bool ok = false;
            d.afterSeriesIntervals.insert(it.key().toInt(),
                                          Duration::parse(it.value().toString(), &ok));
            if (!ok)
                return bad(where + QStringLiteral(": after_series"));
        }
    }
    const QJsonObject early = o.value(QLatin1String("early_if_incomplete")).toObject();
    if (!early.isEmpty()) {
        d.earlyIfIncompleteSeries = early.value(QLatin1String("series")).toString();
        DUR(d.earlyAtAge, early, "at_age", where);
        DUR(d.earlyMinAge, early, "min_age", where);
    }
    d.onlyIfAlsoNeeds = o.value(QLatin1String("only_if_also_needs")).toBool();
    return d;
}

Result<Series> parseSeries(const QJsonObject &o)
{
    Series s;
    s.id = o.value(QLatin1String("id")).toString();
    s.nameZh = o.value(QLatin1String("name_zh")).toString();
    s.antigen = o.value(QLatin1String("antigen")).toString();
    s.group = o.value(QLatin1String("group")).toString();
    s.groupDefault = o.value(QLatin1String("group_default")).toBool();
    s.accepts = strings(o.value(QLatin1String("accepts")));
    s.routeProducts = strings(o.value(QLatin1String("route_products")));
    if (s.routeProducts.isEmpty())
        s.routeProducts = s.accepts;
    const QJsonObject subs = o.value(QLatin1String("substitutes")).toObject();
    for (auto it = subs.begin(); it != subs.end(); ++it)
        s.substitutes.insert(it.key(), it.value().toString());
    DUR(s.countsFromAge, o, "counts_from_age", s.id);
    DUR(s.countsBelowAge, o, "counts_below_age", s.id);
    for (const QJsonValue &v : o.value(QLatin1String("cohorts")).toArray()) {
        const QJsonObject c = v.toObject();
        Cohort ch;
        ch.bornFrom =
            QDate::fromString(c.value(QLatin1String("born_from")).toString(), Qt::ISODate);
        ch.doses = c.value(QLatin1String("doses")).toInt();
        const QJsonObject also = c.value(QLatin1String("also_needs")).toObject();
        for (auto it = also.begin(); it != also.end(); ++it)
            ch.alsoNeeds.insert(it.key(), it.value().toInt());
        if (!ch.bornFrom.isValid() || ch.doses <= 0)
            return bad(s.id + QStringLiteral(": cohort"));
        s.cohorts << ch;
    }
    for (const QJsonValue &v : o.value(QLatin1String("regimens")).toArray()) {
        const QJsonObject r = v.toObject();
        Regimen g;
        g.id = r.value(QLatin1String("id")).toString();
        g.whenState = r.value(QLatin1String("when_state")).toString();
        DUR(g.fromAge, r, "from_age", s.id);
        g.catchUp = r.value(QLatin1String("catch_up")).toBool();
        g.ruleZh = r.value(QLatin1String("rule_zh")).toString();
        const QJsonObject cw = r.value(QLatin1String("complete_when")).toObject();
        g.completeMinDoses = cw.value(QLatin1String("min_doses")).toInt();
        g.completeIncludesAny = strings(cw.value(QLatin1String("includes_any")));
        for (const QJsonValue &d : r.value(QLatin1String("doses")).toArray()) {
            auto dose = parseDose(d.toObject(), s.id + QLatin1Char('/') + g.id);
            if (!dose)
                return dose.error();
            if (dose->number != g.doses.size() + 1)
                return bad(
                    QStringLiteral("%1/%2: doses must be numbered 1, 2, 3...").arg(s.id, g.id));
            g.doses << *dose;
        }
        if (g.doses.isEmpty())
            return bad(QStringLiteral("%1/%2: no doses").arg(s.id, g.id));
        s.regimens << g;
    }
    if (s.id.isEmpty() || s.antigen.isEmpty() || s.regimens.isEmpty())
        return bad(QStringLiteral("series %1: id, antigen and regimens are required").arg(s.id));
    return s;
}

Result<void> validate(const Schedule &s)
{
    if (s.version.isEmpty() || !s.bornFrom.isValid() || !s.bornTo.isValid())
        return bad(QStringLiteral("version, born_from and born_to are required"));
    if (!s.overdueGrace.set || !s.liveInterval.set)
        return bad(QStringLiteral(
            "settings.overdue_grace and settings.live_injectable_interval are required"));
    for (const HealthState &h : s.healthStates)
        for (const QString &p : h.contraindicated)
            if (p != QLatin1String("*") && !s.products.contains(p))
                return bad(QStringLiteral("health state %1: unknown product %2").arg(h.code, p));
    QStringList groupsWithDefault;
    for (const Series &x : s.series) {
        for (const QString &p :
             x.accepts + x.routeProducts + x.substitutes.keys() + x.substitutes.values())
            if (!s.products.contains(p))
                return bad(QStringLiteral("series %1: unknown product %2").arg(x.id, p));
        for (const Regimen &g : x.regimens)
            for (const DoseRule &d : g.doses) {
                const auto p = s.products.constFind(d.vaccine);
                if (p == s.products.constEnd())
                    return bad(
                        QStringLiteral("series %1: unknown product %2").arg(x.id, d.vaccine));
                if (!p->antigens.contains(x.antigen))
                    return bad(QStringLiteral("series %1: %2 does not contain %3")
                                   .arg(x.id, d.vaccine, x.antigen));
                if (!d.afterSeries.isEmpty() && !s.findSeries(d.afterSeries))
                    return bad(
                        QStringLiteral("series %1: unknown series %2").arg(x.id, d.afterSeries));
            }
        if (!x.group.isEmpty() && x.groupDefault)
            groupsWithDefault << x.group;
    }
    for (const Series &x : s.series)
        if (!x.group.isEmpty() && !groupsWithDefault.contains(x.group))
            return bad(QStringLiteral("group %1 has no default series").arg(x.group));
    return {};
}

} // namespace

Result<Schedule> Schedule::fromJson(const QByteArray &json, const Schedule *base)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(pe.errorString());
    const QJsonObject o = doc.object();
    Schedule s;
    if (base)
        s = *base;
    s.dataChoices = base ? base->dataChoices : QStringList();
    s.version = o.value(QLatin1String("version")).toString();
    s.titleZh = o.value(QLatin1String("title_zh")).toString();
    s.bornFrom = QDate::fromString(o.value(QLatin1String("born_from")).toString(), Qt::ISODate);
    s.bornTo = QDate::fromString(o.value(QLatin1String("born_to")).toString(), Qt::ISODate);
    s.dataChoices << strings(o.value(QLatin1String("data_choices")));
    const QJsonObject settings = o.value(QLatin1String("settings")).toObject();
    if (!settings.isEmpty()) {
        DUR(s.overdueGrace, settings, "overdue_grace", QStringLiteral("settings"));
        DUR(s.liveInterval, settings, "live_injectable_interval", QStringLiteral("settings"));
        s.dueSoonDays = settings.value(QLatin1String("due_soon_days")).toInt(14);
        s.observationMinutes = settings.value(QLatin1String("observation_minutes")).toInt(30);
        s.lotNearExpiryDays = settings.value(QLatin1String("lot_near_expiry_days")).toInt(30);
    }
    const QJsonObject products = o.value(QLatin1String("products")).toObject();
    for (auto it = products.begin(); it != products.end(); ++it) {
        auto p = parseProduct(it.key(), it.value().toObject());
        if (!p)
            return p.error();
        s.products.insert(it.key(), *p);
    }
    const QJsonObject states = o.value(QLatin1String("health_states")).toObject();
    for (auto it = states.begin(); it != states.end(); ++it) {
        HealthState h{it.key(), it.value().toObject().value(QLatin1String("name_zh")).toString(),
                      strings(it.value().toObject().value(QLatin1String("contraindicated")))};
        s.healthStates.insert(h.code, h);
    }
    if (o.contains(QLatin1String("series"))) {
        s.series.clear();
        for (const QJsonValue &v : o.value(QLatin1String("series")).toArray()) {
            auto x = parseSeries(v.toObject());
            if (!x)
                return x.error();
            s.series << *x;
        }
    }
    for (const QJsonValue &v : o.value(QLatin1String("replace_series")).toArray()) {
        auto x = parseSeries(v.toObject());
        if (!x)
            return x.error();
        const int i = s.seriesIndex(x->id);
        if (i < 0)
            return bad(QStringLiteral("replace_series: %1 is not in the base").arg(x->id));
        s.series[i] = *x;
    }
    s.buildLookup();
    if (auto v = validate(s); !v)
        return v.error();
    return s;
}

Result<ScheduleSet> ScheduleSet::load(const QStringList &files)
{
    QMap<QString, QByteArray> raw;
    QMap<QString, QString> extends;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return bad(f);
        const QByteArray bytes = file.readAll();
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        const QString v = o.value(QLatin1String("version")).toString();
        if (v.isEmpty())
            return bad(f + QStringLiteral(": no version"));
        raw.insert(v, bytes);
        extends.insert(v, o.value(QLatin1String("extends")).toString());
    }
    ScheduleSet set;
    QMap<QString, Schedule> done;
    // Resolve "extends" in dependency order (a chain is short: at most a few versions).
    for (int pass = 0; pass < raw.size() + 1 && done.size() < raw.size(); ++pass) {
        for (auto it = raw.begin(); it != raw.end(); ++it) {
            if (done.contains(it.key()))
                continue;
            const QString parent = extends.value(it.key());
            if (!parent.isEmpty() && !done.contains(parent)) {
                if (!raw.contains(parent))
                    return bad(QStringLiteral("%1 extends unknown %2").arg(it.key(), parent));
                continue;
            }
            auto s = Schedule::fromJson(*it, parent.isEmpty() ? nullptr : &done[parent]);
            if (!s)
                return s.error();
            done.insert(it.key(), *s);
        }
    }
    if (done.size() != raw.size())
        return bad(QStringLiteral("circular extends"));
    for (const Schedule &s : std::as_const(done))
        set.m_schedules << s;
    std::sort(set.m_schedules.begin(), set.m_schedules.end(),
              [](const Schedule &a, const Schedule &b) { return a.bornFrom < b.bornFrom; });
    for (int i = 1; i < set.m_schedules.size(); ++i)
        if (set.m_schedules.at(i).bornFrom <= set.m_schedules.at(i - 1).bornTo)
            return bad(QStringLiteral("%1 and %2 overlap in birth dates")
                           .arg(set.m_schedules.at(i - 1).version, set.m_schedules.at(i).version));
    return set;
}

const ScheduleSet &ScheduleSet::instance()
{
    static const ScheduleSet set = [] {
        QStringList files;
        const QDir dir(QStringLiteral(":/rules"));
        for (const QString &f :
             dir.entryList({QStringLiteral("nip_*.json")}, QDir::Files, QDir::Name))
            files << dir.filePath(f);
        auto r = load(files);
        if (!r) {
            qCCritical(lcRepo) << "immunization schedule:" << r.error().message;
            qFatal("invalid immunization schedule data");
        }
        return *r;
    }();
    return set;
}

const Schedule &ScheduleSet::forBirth(const QDate &birth) const
{
    for (const Schedule &s : m_schedules)
        if (birth >= s.bornFrom && birth <= s.bornTo)
            return s;
    return birth < m_schedules.first().bornFrom ? m_schedules.first() : m_schedules.last();
}

const Schedule *ScheduleSet::byVersion(const QString &version) const
{
    for (const Schedule &s : m_schedules)
        if (s.version == version)
            return &s;
    return nullptr;
}

} // namespace Models
