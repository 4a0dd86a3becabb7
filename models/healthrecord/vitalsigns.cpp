#include "vitalsigns.h"

#include <QCoreApplication>

namespace Models::VitalSigns {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::VitalSigns)
};
} // namespace

const QList<Sign> &signs()
{
    static const QList<Sign> list{
        {QStringLiteral("sbp"), QStringLiteral("sbp_left"), QStringLiteral("8480-6"),
         QStringLiteral("mm[Hg]")},
        {QStringLiteral("dbp"), QStringLiteral("dbp_left"), QStringLiteral("8462-4"),
         QStringLiteral("mm[Hg]")},
        {QStringLiteral("pulse"), QStringLiteral("pulse"), QStringLiteral("8867-4"),
         QStringLiteral("/min")},
        {QStringLiteral("temperature"), QStringLiteral("temperature"), QStringLiteral("8310-5"),
         QStringLiteral("Cel")},
    };
    return list;
}

QString label(const QString &key)
{
    if (key == QLatin1String("sbp"))
        return Text::tr("收缩压");
    if (key == QLatin1String("dbp"))
        return Text::tr("舒张压");
    if (key == QLatin1String("pulse"))
        return Text::tr("脉搏");
    return Text::tr("体温");
}

QString unit(const QString &key)
{
    for (const Sign &s : signs())
        if (s.key == key)
            return ClinicalRanges::get().unit(s.rangeField);
    return {};
}

QList<FieldCheck> check(const QJsonObject &vitals, QChar sex, int age)
{
    QJsonObject byRange;
    for (const Sign &s : signs())
        if (vitals.contains(s.key))
            byRange.insert(s.rangeField, vitals.value(s.key));
    QList<FieldCheck> out;
    for (FieldCheck c : ClinicalRanges::get().checkForm(byRange, sex, age)) {
        for (const Sign &s : signs())
            if (s.rangeField == c.field) {
                c.field = s.key;
                out << c;
            }
    }
    return out;
}

QString summary(const QJsonObject &vitals)
{
    auto num = [&](const QString &key) { return QString::number(vitals.value(key).toDouble()); };
    QStringList parts;
    if (vitals.contains(QLatin1String("sbp")) || vitals.contains(QLatin1String("dbp")))
        parts << Text::tr("血压 %1/%2 mmHg")
                     .arg(vitals.contains(QLatin1String("sbp")) ? num(QStringLiteral("sbp"))
                                                                : QStringLiteral("-"),
                          vitals.contains(QLatin1String("dbp")) ? num(QStringLiteral("dbp"))
                                                                : QStringLiteral("-"));
    if (vitals.contains(QLatin1String("pulse")))
        parts << Text::tr("脉搏 %1 次/分").arg(num(QStringLiteral("pulse")));
    if (vitals.contains(QLatin1String("temperature")))
        parts << Text::tr("体温 %1 ℃").arg(num(QStringLiteral("temperature")));
    return parts.join(Text::tr("，"));
}

} // namespace Models::VitalSigns
