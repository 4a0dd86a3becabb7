#include "demowords.h"

#include <QFile>
#include <QRegularExpression>

namespace Models {

namespace {
QStringList lines(const QString &path)
{
    QStringList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out << t;
    }
    return out;
}

QStringList words(const QString &path)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    QStringList out;
    for (const QString &line : lines(path))
        out += line.split(ws, Qt::SkipEmptyParts);
    return out;
}
} // namespace

const DemoWords &DemoWords::get()
{
    static const DemoWords w = [] {
        DemoWords d;
        int total = 0;
        for (const QString &line : lines(QStringLiteral(":/demo/surnames.txt"))) {
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() != 2)
                continue;
            d.surnames << parts.at(0);
            total += parts.at(1).toInt();
            d.surnameCumulative << total;
        }
        d.givenMale = words(QStringLiteral(":/demo/given_male.txt"));
        d.givenFemale = words(QStringLiteral(":/demo/given_female.txt"));
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        for (const QString &line : lines(QStringLiteral(":/demo/places.txt"))) {
            const QString body = line.section(QLatin1Char(':'), 1).trimmed();
            const QStringList items = body.split(ws, Qt::SkipEmptyParts);
            if (line.startsWith(QLatin1String("first:")))
                d.placeFirst = items;
            else if (line.startsWith(QLatin1String("second:")))
                d.placeSecond = items;
            else if (line.startsWith(QLatin1String("township:")))
                d.townships = items;
        }
        return d;
    }();
    return w;
}

} // namespace Models
