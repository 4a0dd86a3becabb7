#include "icd10.h"

#include "pinyin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Models {

const Icd10 &Icd10::get()
{
    static const Icd10 table = [] {
        Icd10 t;
        QFile f(QStringLiteral(":/codes/icd10_primary_care.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        t.m_version = o.value(QStringLiteral("version")).toString();
        for (const QJsonValue &cv : o.value(QStringLiteral("chapters")).toArray()) {
            const QJsonObject ch = cv.toObject();
            const QString chapter = ch.value(QStringLiteral("title")).toString();
            for (const QJsonValue &v : ch.value(QStringLiteral("codes")).toArray()) {
                const QJsonArray pair = v.toArray();
                t.m_codes << IcdCode{pair.at(0).toString(), pair.at(1).toString(), chapter};
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

QList<IcdCode> Icd10::search(const QString &query, int limit) const
{
    const QString q = query.trimmed();
    QList<IcdCode> exact, prefix, other;
    if (q.isEmpty())
        return {};
    for (int i = 0; i < m_codes.size(); ++i) {
        const IcdCode &c = m_codes.at(i);
        if (c.code.compare(q, Qt::CaseInsensitive) == 0 || c.name == q)
            exact << c;
        else if (c.code.startsWith(q, Qt::CaseInsensitive) || c.name.startsWith(q))
            prefix << c;
        else if (c.name.contains(q) || m_initials.at(i).startsWith(q.toLower()))
            other << c;
    }
    return (exact + prefix + other).mid(0, limit);
}

} // namespace Models
