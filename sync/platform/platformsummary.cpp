#include "platformsummary.h"

#include "platformjsoncursor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Platform {

namespace {

const QString MeasureBase = QStringLiteral("https://jiayi.example/fhir/Measure/");
const QString AreaSystem = QStringLiteral("https://jiayi.example/fhir/CodeSystem/area");
const QString TownshipNameUrl =
    QStringLiteral("https://jiayi.example/fhir/StructureDefinition/township-name");

struct Clinic
{
    QString id, name, area, township, townshipName, updated;
};

struct Cell
{
    qint64 numerator = 0, denominator = 0;
    QSet<QString> months;
    void add(qint64 n, qint64 d)
    {
        numerator += n;
        denominator += d;
    }
};

struct Report
{
    QString clinic, clinicName, area, townshipName, indicator, name, month, updated;
    qint64 numerator = 0, denominator = 0;
};

// A JSON string's text (escapes decoded, rarely needed).
QString textOf(QByteArrayView v)
{
    if (!v.contains('\\'))
        return QString::fromUtf8(v);
    return QJsonDocument::fromJson("[\"" + v.toByteArray() + "\"]").array().at(0).toString();
}

// Reads the string value at the cursor into `to` (anything else is skipped).
bool stringAt(Cursor &c, QString *to)
{
    c.ws();
    if (c.p < c.end && *c.p == '"') {
        QByteArrayView v;
        if (!c.string(&v))
            return false;
        *to = textOf(v);
        return true;
    }
    return c.value();
}

// Calls f(index) at each element of the array at the cursor (anything else is skipped); f
// consumes the element.
template <typename F> bool elements(Cursor &c, F f)
{
    c.ws();
    if (c.p >= c.end || *c.p != '[')
        return c.value();
    ++c.p;
    for (int i = 0;; ++i) {
        c.ws();
        if (c.p < c.end && *c.p == ']') {
            ++c.p;
            return true;
        }
        if (!f(i))
            return false;
        c.ws();
        if (c.p < c.end && *c.p == ',')
            ++c.p;
    }
}

// The object at the cursor, member by member (anything else is skipped); f consumes each value.
template <typename F> bool object(Cursor &c, F f)
{
    c.ws();
    if (c.p >= c.end || *c.p != '{')
        return c.value();
    bool ok = true;
    c.members([&](QByteArrayView key) {
        ok = f(key);
        return ok;
    });
    return ok;
}

// An object at the cursor with two string members wanted (an extension's url and valueString, a
// period's start and end, a tag's system and code); the others are skipped. A null pointer
// skips its member too.
bool twoStrings(Cursor &c, QByteArrayView k1, QString *v1, QByteArrayView k2, QString *v2)
{
    return object(c, [&](QByteArrayView k) {
        if (k == k1 && v1)
            return stringAt(c, v1);
        if (k == k2 && v2)
            return stringAt(c, v2);
        return c.value();
    });
}

// A CodeableConcept at the cursor: its first coding's code and display, and its text (each
// pointer may be null).
bool codeableConcept(Cursor &c, QString *code, QString *display, QString *text)
{
    return object(c, [&](QByteArrayView k) {
        if (k == "text" && text)
            return stringAt(c, text);
        if (k != "coding")
            return c.value();
        return elements(c, [&](int j) {
            return j > 0 ? c.value() : twoStrings(c, "code", code, "display", display);
        });
    });
}

// What a stored MeasureReport says, or nothing when it is not a monthly report of ours. A
// scan of the stored text (a county's year is 130,000 reports): no document is built.
std::optional<Report> readReport(const QByteArray &json)
{
    Cursor c{json.constData(), json.constData() + json.size()};
    Report out;
    QString measure, code, display, start, end, reference;
    const auto skip = [&c](QByteArrayView) { return c.value(); };
    const auto population = [&]() {
        QString which;
        qint64 count = 0;
        const bool ok = object(c, [&](QByteArrayView k) {
            if (k == "count") {
                c.ws();
                const char *from = c.p;
                if (!c.value())
                    return false;
                count = qint64(QByteArrayView(from, c.p - from).toDouble());
                return true;
            }
            return k == "code" ? codeableConcept(c, &which, nullptr, nullptr) : c.value();
        });
        if (which == QLatin1String("numerator"))
            out.numerator = count;
        else if (which == QLatin1String("denominator"))
            out.denominator = count;
        return ok;
    };
    const bool ok = object(c, [&](QByteArrayView key) {
        if (key == "measure")
            return stringAt(c, &measure);
        if (key == "extension")
            return elements(c, [&](int) {
                QString url, value;
                const bool extOk = twoStrings(c, "url", &url, "valueString", &value);
                if (url == TownshipNameUrl)
                    out.townshipName = value;
                return extOk;
            });
        if (key == "period")
            return twoStrings(c, "start", &start, "end", &end);
        if (key == "reporter")
            return object(c, [&](QByteArrayView k) {
                if (k == "identifier")
                    return object(c, [&](QByteArrayView k2) {
                        return k2 == "value" ? stringAt(c, &out.clinic) : c.value();
                    });
                return k == "display"     ? stringAt(c, &out.clinicName)
                       : k == "reference" ? stringAt(c, &reference)
                                          : c.value();
            });
        if (key == "meta")
            return object(c, [&](QByteArrayView k) {
                if (k == "lastUpdated")
                    return stringAt(c, &out.updated);
                if (k != "tag")
                    return c.value();
                return elements(c, [&](int) {
                    QString system, value;
                    const bool tagOk = twoStrings(c, "system", &system, "code", &value);
                    if (system == AreaSystem && out.area.isEmpty())
                        out.area = value;
                    return tagOk;
                });
            });
        if (key == "group")
            return elements(c, [&](int i) {
                if (i > 0)
                    return c.value();
                return object(c, [&](QByteArrayView k) {
                    if (k == "population")
                        return elements(c, [&](int) { return population(); });
                    return k == "code" ? codeableConcept(c, &code, &display, &out.name) : c.value();
                });
            });
        return skip(key);
    });
    if (!ok)
        return std::nullopt;
    out.indicator = measure.startsWith(MeasureBase) ? measure.mid(MeasureBase.size()) : code;
    if (out.name.isEmpty())
        out.name = display;
    out.month = start.left(7);
    if (end.left(7) != out.month)
        return std::nullopt; // not one month
    if (out.clinic.isEmpty())
        out.clinic = reference;
    if (out.clinicName.isEmpty())
        out.clinicName = out.clinic;
    if (out.indicator.isEmpty() || out.clinic.isEmpty() || out.month.size() != 7)
        return std::nullopt;
    return out;
}

// The figures of a period, ready to print.
struct Summary
{
    QStringList months;
    std::vector<Clinic> clinics;                // by township, name, id
    QMap<QString, QString> indicators;          // id -> name (the newest report's)
    QHash<QString, QHash<QString, Cell>> cells; // indicator -> clinic -> sums
    QHash<QString, QSet<QString>> reported;     // clinic -> months with any report
    QHash<QString, QString> townshipNames;      // code -> name (the newest report's)

    Summary(const std::vector<QByteArray> &changes, const SummaryPeriod &period)
        : months(period.months)
    {
        const QSet<QString> wanted(months.begin(), months.end());
        QHash<QString, Report> latest; // clinic|indicator|month -> the newest report
        QHash<QString, Clinic> byId;
        QHash<QString, QString> nameUpdated;
        for (const QByteArray &json : changes) {
            const auto r = readReport(json);
            if (!r)
                continue;
            Clinic &k = byId[r->clinic];
            if (k.id.isEmpty() || r->updated >= k.updated)
                k = Clinic{r->clinic,       r->clinicName,   r->area,
                           r->area.left(9), r->townshipName, r->updated};
            if (!wanted.contains(r->month))
                continue;
            const QString key =
                r->clinic + QLatin1Char('|') + r->indicator + QLatin1Char('|') + r->month;
            auto it = latest.find(key);
            if (it == latest.end() || r->updated > it->updated)
                latest.insert(key, *r);
        }
        for (const Report &r : std::as_const(latest)) {
            Cell &cell = cells[r.indicator][r.clinic];
            cell.add(r.numerator, r.denominator);
            cell.months.insert(r.month);
            reported[r.clinic].insert(r.month);
            if (!indicators.contains(r.indicator) || r.updated >= nameUpdated.value(r.indicator)) {
                indicators.insert(r.indicator, r.name.isEmpty() ? r.indicator : r.name);
                nameUpdated.insert(r.indicator, r.updated);
            }
        }
        QHash<QString, QString> named; // township -> updated of the name taken
        for (const Clinic &c : std::as_const(byId)) {
            clinics.push_back(c);
            if (!c.townshipName.isEmpty() && c.updated >= named.value(c.township)) {
                townshipNames.insert(c.township, c.townshipName);
                named.insert(c.township, c.updated);
            }
        }
        std::sort(clinics.begin(), clinics.end(), [](const Clinic &a, const Clinic &b) {
            return std::tie(a.township, a.name, a.id) < std::tie(b.township, b.name, b.id);
        });
    }

    QStringList missing(const QSet<QString> &have) const
    {
        QStringList out;
        for (const QString &m : months)
            if (!have.contains(m))
                out << m;
        return out;
    }
};

QJsonValue rate(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return QJsonValue::Null;
    return std::round(double(numerator) * 10000.0 / double(denominator)) / 100.0;
}

QString rateText(qint64 numerator, qint64 denominator)
{
    const QJsonValue r = rate(numerator, denominator);
    return r.isNull() ? QString() : QString::number(r.toDouble(), 'f', 2);
}

QJsonArray strings(QStringList l)
{
    l.sort();
    return QJsonArray::fromStringList(l);
}

// A CSV field: quoted when it must be; text that a spreadsheet would run as a formula is
// prefixed with an apostrophe (names come from workstations).
QString csvField(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.at(0)))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
            QLatin1Char('"');
    return s;
}

} // namespace

std::optional<SummaryPeriod> SummaryPeriod::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})|-Q([1-4]))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (year < 1900 || year > 2999)
        return std::nullopt;
    int first = 1, count = 12;
    if (!m.captured(2).isEmpty()) {
        first = m.captured(2).toInt();
        count = 1;
        if (first < 1 || first > 12)
            return std::nullopt;
    } else if (!m.captured(3).isEmpty()) {
        first = 3 * (m.captured(3).toInt() - 1) + 1;
        count = 3;
    }
    SummaryPeriod p;
    p.text = text;
    for (int i = 0; i < count; ++i)
        p.months << QStringLiteral("%1-%2").arg(year).arg(first + i, 2, 10, QLatin1Char('0'));
    return p;
}

QByteArray countySummaryJson(const std::vector<QByteArray> &reports, const SummaryPeriod &period,
                             const QStringList &areas)
{
    const Summary s(reports, period);
    QJsonArray clinics;
    for (const Clinic &c : s.clinics) {
        const QSet<QString> have = s.reported.value(c.id);
        clinics.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("township"), c.township},
                        {QStringLiteral("township_name"), s.townshipNames.value(c.township)},
                        {QStringLiteral("area"), c.area},
                        {QStringLiteral("reported"), strings(QList(have.begin(), have.end()))},
                        {QStringLiteral("missing"), QJsonArray::fromStringList(s.missing(have))}});
    }
    QJsonArray indicators;
    for (auto it = s.indicators.constBegin(); it != s.indicators.constEnd(); ++it) {
        const QHash<QString, Cell> &cells = s.cells.value(it.key());
        QJsonArray rows;
        QMap<QString, Cell> townships;
        Cell total;
        for (const Clinic &c : s.clinics) {
            const Cell cell = cells.value(c.id);
            townships[c.township].add(cell.numerator, cell.denominator);
            total.add(cell.numerator, cell.denominator);
            rows.append(QJsonObject{
                {QStringLiteral("clinic"), c.id},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("township"), c.township},
                {QStringLiteral("numerator"), cell.numerator},
                {QStringLiteral("denominator"), cell.denominator},
                {QStringLiteral("rate"), rate(cell.numerator, cell.denominator)},
                {QStringLiteral("months"), strings(QList(cell.months.begin(), cell.months.end()))},
                {QStringLiteral("missing"), QJsonArray::fromStringList(s.missing(cell.months))}});
        }
        QJsonArray towns;
        for (auto t = townships.constBegin(); t != townships.constEnd(); ++t)
            towns.append(QJsonObject{{QStringLiteral("township"), t.key()},
                                     {QStringLiteral("name"), s.townshipNames.value(t.key())},
                                     {QStringLiteral("numerator"), t->numerator},
                                     {QStringLiteral("denominator"), t->denominator},
                                     {QStringLiteral("rate"), rate(t->numerator, t->denominator)}});
        indicators.append(QJsonObject{
            {QStringLiteral("id"), it.key()},
            {QStringLiteral("name"), it.value()},
            {QStringLiteral("total"),
             QJsonObject{{QStringLiteral("numerator"), total.numerator},
                         {QStringLiteral("denominator"), total.denominator},
                         {QStringLiteral("rate"), rate(total.numerator, total.denominator)}}},
            {QStringLiteral("townships"), towns},
            {QStringLiteral("clinics"), rows}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("period"), period.text},
                           {QStringLiteral("months"), QJsonArray::fromStringList(period.months)},
                           {QStringLiteral("areas"), QJsonArray::fromStringList(areas)},
                           {QStringLiteral("rate_unit"), QStringLiteral("%")},
                           {QStringLiteral("clinics"), clinics},
                           {QStringLiteral("indicators"), indicators}})
        .toJson(QJsonDocument::Indented);
}

QByteArray countySummaryCsv(const std::vector<QByteArray> &reports, const SummaryPeriod &period)
{
    const Summary s(reports, period);
    QStringList lines;
    lines << QStringLiteral("指标编号,指标名称,乡镇代码,乡镇名称,机构编号,机构名称,分子,分母,"
                            "率(%),已报月份,未报月份");
    const auto line = [&lines](const QStringList &fields) {
        QStringList out;
        for (const QString &f : fields)
            out << csvField(f);
        lines << out.join(QLatin1Char(','));
    };
    for (auto it = s.indicators.constBegin(); it != s.indicators.constEnd(); ++it) {
        const QHash<QString, Cell> &cells = s.cells.value(it.key());
        QMap<QString, Cell> townships;
        Cell total;
        for (const Clinic &c : s.clinics) {
            const Cell cell = cells.value(c.id);
            townships[c.township].add(cell.numerator, cell.denominator);
            total.add(cell.numerator, cell.denominator);
            QStringList have(cell.months.begin(), cell.months.end());
            have.sort();
            line({it.key(), it.value(), c.township, s.townshipNames.value(c.township), c.id, c.name,
                  QString::number(cell.numerator), QString::number(cell.denominator),
                  rateText(cell.numerator, cell.denominator), have.join(QLatin1Char(' ')),
                  s.missing(cell.months).join(QLatin1Char(' '))});
        }
        for (auto t = townships.constBegin(); t != townships.constEnd(); ++t)
            line({it.key(), it.value(), t.key(), s.townshipNames.value(t.key()), QString(),
                  QStringLiteral("乡镇合计"), QString::number(t->numerator),
                  QString::number(t->denominator), rateText(t->numerator, t->denominator),
                  QString(), QString()});
        line({it.key(), it.value(), QString(), QString(), QString(), QStringLiteral("合计"),
              QString::number(total.numerator), QString::number(total.denominator),
              rateText(total.numerator, total.denominator), QString(), QString()});
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace Platform
