#include "clinicalranges.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace Models {

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ClinicalRanges)
};

double num(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : NaN;
}

QString fmt(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}
} // namespace

const ClinicalRanges &ClinicalRanges::get()
{
    static const ClinicalRanges ranges = [] {
        ClinicalRanges r;
        QFile f(QStringLiteral(":/rules/clinical_ranges.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        r.m_version = o.value(QStringLiteral("version")).toString();
        const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject v = it.value().toObject();
            const QJsonArray hard = v.value(QStringLiteral("hard")).toArray();
            const QJsonArray pl = v.value(QStringLiteral("plausible")).toArray();
            const QJsonArray child = v.value(QStringLiteral("plausible_child")).toArray();
            r.m_fields.insert(it.key(), Range{v.value(QStringLiteral("unit")).toString(),
                                              v.value(QStringLiteral("decimals")).toInt(1),
                                              num(hard.at(0)), num(hard.at(1)), num(pl.at(0)),
                                              num(pl.at(1)), num(child.at(0)), num(child.at(1))});
        }
        for (const QJsonValue &fv : o.value(QStringLiteral("flags")).toArray()) {
            const QJsonObject f = fv.toObject();
            const QString level = f.value(QStringLiteral("level")).toString();
            const QString sex = f.value(QStringLiteral("sex")).toString();
            r.m_flags << Flag{f.value(QStringLiteral("field")).toString(),
                              num(f.value(QStringLiteral("min"))),
                              num(f.value(QStringLiteral("max"))),
                              sex.isEmpty() ? QChar() : sex.at(0),
                              f.value(QStringLiteral("min_age")).toInt(-1),
                              f.value(QStringLiteral("max_age")).toInt(-1),
                              level == QLatin1String("emergency")  ? FieldCheck::Emergency
                              : level == QLatin1String("abnormal") ? FieldCheck::Abnormal
                                                                   : FieldCheck::Info,
                              f.value(QStringLiteral("message")).toString()};
        }
        for (const QJsonValue &cv : o.value(QStringLiteral("cross")).toArray()) {
            const QJsonObject c = cv.toObject();
            r.m_cross << Cross{c.value(QStringLiteral("rule")).toString(),
                               c.value(QStringLiteral("field")).toString(),
                               c.value(QStringLiteral("other")).toString(),
                               c.value(QStringLiteral("message")).toString()};
        }
        Q_ASSERT_X(!r.m_fields.isEmpty(), "ClinicalRanges", "missing rules/clinical_ranges.json");
        return r;
    }();
    return ranges;
}

double ClinicalRanges::hardMin(const QString &field) const
{
    return m_fields.contains(field) ? m_fields.value(field).hardMin : NaN;
}

double ClinicalRanges::hardMax(const QString &field) const
{
    return m_fields.contains(field) ? m_fields.value(field).hardMax : NaN;
}

double ClinicalRanges::bmi(double heightCm, double weightKg)
{
    if (!(heightCm > 0) || !(weightKg > 0))
        return NaN;
    const double m = heightCm / 100.0;
    return std::round(weightKg / (m * m) * 10.0) / 10.0;
}

QList<FieldCheck> ClinicalRanges::checkValue(const QString &field, double value, QChar sex,
                                             int age) const
{
    QList<FieldCheck> out;
    if (std::isnan(value))
        return out;
    const auto it = m_fields.constFind(field);
    if (it != m_fields.cend()) {
        const Range &r = *it;
        if ((!std::isnan(r.hardMin) && value < r.hardMin) ||
            (!std::isnan(r.hardMax) && value > r.hardMax)) {
            out << FieldCheck{
                field, FieldCheck::Refuse,
                Text::tr("应在 %1–%2 %3 之间")
                    .arg(fmt(r.hardMin, r.decimals), fmt(r.hardMax, r.decimals), r.unit)
                    .trimmed()};
            return out;
        }
        const bool child = age >= 0 && age < 14 && !std::isnan(r.childMin);
        const double pmin = child ? r.childMin : r.plausibleMin;
        const double pmax = child ? r.childMax : r.plausibleMax;
        if ((!std::isnan(pmin) && value < pmin) || (!std::isnan(pmax) && value > pmax))
            out << FieldCheck{field, FieldCheck::Confirm,
                              Text::tr("%1 %2 很少见（常见 %3–%4），请确认")
                                  .arg(fmt(value, r.decimals), r.unit, fmt(pmin, r.decimals),
                                       fmt(pmax, r.decimals))};
    }
    for (const Flag &f : m_flags) {
        if (f.field != field)
            continue;
        if (!f.sex.isNull() && f.sex != sex)
            continue;
        if ((f.minAge >= 0 && (age < 0 || age < f.minAge)) || (f.maxAge >= 0 && age > f.maxAge))
            continue;
        if ((!std::isnan(f.min) && value < f.min) || (!std::isnan(f.max) && value > f.max))
            continue;
        out << FieldCheck{
            field, f.level,
            QCoreApplication::translate("Models::ClinicalRanges", f.message.toUtf8().constData())};
        break;
    }
    return out;
}

QList<FieldCheck> ClinicalRanges::checkForm(const QJsonObject &values, QChar sex, int age) const
{
    QList<FieldCheck> out;
    auto value = [&](const QString &k) {
        const QJsonValue v = values.value(k);
        if (v.isDouble())
            return v.toDouble();
        if (v.isString() && !v.toString().isEmpty()) {
            bool ok = false;
            const double d = v.toString().toDouble(&ok);
            return ok ? d : NaN;
        }
        return NaN;
    };
    for (auto it = values.begin(); it != values.end(); ++it)
        if (m_fields.contains(it.key()) && it.key() != QLatin1String("bmi"))
            out += checkValue(it.key(), value(it.key()), sex, age);
    const double b = bmi(value(QStringLiteral("height")), value(QStringLiteral("weight")));
    out += checkValue(QStringLiteral("bmi"), b, sex, age);
    for (const Cross &c : m_cross) {
        const double a = value(c.field), o = value(c.other);
        if (std::isnan(a) || std::isnan(o))
            continue;
        const bool bad = c.rule == QLatin1String("greater") ? !(a > o) : a < o;
        if (bad)
            out << FieldCheck{c.field, FieldCheck::Refuse,
                              QCoreApplication::translate("Models::ClinicalRanges",
                                                          c.message.toUtf8().constData())};
    }
    return out;
}

} // namespace Models
