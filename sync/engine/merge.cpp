#include "merge.h"

#include <QMap>

namespace Sync {

MergeResult merge3(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                   const QStringList &columns, const QStringList &identity)
{
    MergeResult r;
    r.merged = mine;
    QStringList all = columns;
    all << QStringLiteral("deleted");
    for (const QString &c : all) {
        const QJsonValue b = base.value(c), m = mine.value(c), t = theirs.value(c);
        if (m == t)
            continue;
        const bool strict = identity.contains(c) || c == QLatin1String("deleted");
        if (m == b && !strict) {
            r.merged.insert(c, t); // only the platform changed it
        } else if (t == b) {
            continue; // only we changed it: keep mine
        } else {
            r.conflicts << c; // both changed, or an identity field changed remotely
        }
    }
    return r;
}

QMap<QString, QString> parseVersions(const QString &s, const QStringList &types)
{
    QMap<QString, QString> v;
    if (s.isEmpty())
        return v;
    if (types.size() == 1 && !s.contains(QLatin1Char('='))) {
        v.insert(types.first(), s);
        return v;
    }
    for (const QString &part : s.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        v.insert(part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1));
    return v;
}

QString formatVersions(const QMap<QString, QString> &v, const QStringList &types)
{
    if (types.size() == 1)
        return v.value(types.first());
    QStringList parts;
    for (const QString &t : types)
        if (v.contains(t))
            parts << t + QLatin1Char('=') + v.value(t);
    for (auto it = v.begin(); it != v.end(); ++it) // parts with suffixes or repeated parts
        if (!types.contains(it.key()))
            parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(';'));
}

} // namespace Sync
