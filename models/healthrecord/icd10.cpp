#include "icd10.h"

#include "pinyin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace Models {

const Icd10 &Icd10::get()
{
    static const Icd10 table = [] {
        Icd10 t;
        QFile f(QStringLiteral(":/codes/icd10_primary_care.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        t.m_version = o.value(QStringLiteral("version")).toString();
        const QJsonObject weights = o.value(QStringLiteral("common"))
                                        .toObject()
                                        .value(QStringLiteral("weights"))
                                        .toObject();
        for (const QJsonValue &cv : o.value(QStringLiteral("chapters")).toArray()) {
            const QJsonObject ch = cv.toObject();
            const QString chapter = ch.value(QStringLiteral("title")).toString();
            for (const QJsonValue &v : ch.value(QStringLiteral("codes")).toArray()) {
                const QJsonArray pair = v.toArray();
                const QString code = pair.at(0).toString();
                t.m_codes << IcdCode{code, pair.at(1).toString(), chapter,
                                     weights.value(code).toInt()};
                t.m_initials << Pinyin::initialVariants(pair.at(1).toString(), 1).value(0);
            }
        }
        Q_ASSERT_X(!t.m_codes.isEmpty(), "Icd10", "missing codes/icd10_primary_care.json");
        return t;
    }();
    return table;
}

const IcdCode *Icd10::find(const QString &code) const
{
    for (const IcdCode &c : m_codes)
        if (c.code.compare(code, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QList<IcdCode> Icd10::search(const QString &query, int limit, const QStringList &preferred) const
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return {};
    const QString lower = q.toLower();
    struct Hit
    {
        int exact, preferred, weight, quality, order;
    };
    QList<Hit> hits;
    for (int i = 0; i < m_codes.size(); ++i) {
        const IcdCode &c = m_codes.at(i);
        const QString &initials = m_initials.at(i);
        int quality = -1;
        if (c.code.compare(q, Qt::CaseInsensitive) == 0 || c.name == q)
            quality = 0;
        else if (c.code.startsWith(q, Qt::CaseInsensitive) || c.name.startsWith(q) ||
                 initials.startsWith(lower))
            quality = 1;
        else if (c.name.contains(q) || initials.contains(lower))
            quality = 2;
        if (quality < 0)
            continue;
        const bool isPreferred =
            std::any_of(preferred.begin(), preferred.end(), [&](const QString &p) {
                return !p.isEmpty() && c.code.startsWith(p, Qt::CaseInsensitive);
            });
        hits << Hit{quality == 0 ? 0 : 1, isPreferred ? 0 : 1, -c.weight, quality, i};
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return std::tie(a.exact, a.preferred, a.weight, a.quality, a.order) <
               std::tie(b.exact, b.preferred, b.weight, b.quality, b.order);
    });
    QList<IcdCode> out;
    for (const Hit &h : hits.mid(0, limit))
        out << m_codes.at(h.order);
    return out;
}

} // namespace Models
