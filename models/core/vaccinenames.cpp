#include "vaccinenames.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Models {

namespace {
const QHash<QString, QString> &names()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> out;
        // Later schedules extend earlier ones; a product named in both keeps the later name.
        for (const char *file : {":/rules/nip_2021.json", ":/rules/nip_2025.json"}) {
            QFile f(QString::fromLatin1(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject products = QJsonDocument::fromJson(f.readAll())
                                             .object()
                                             .value(QStringLiteral("products"))
                                             .toObject();
            for (auto it = products.begin(); it != products.end(); ++it)
                if (const QString zh = it->toObject().value(QStringLiteral("name_zh")).toString();
                    !zh.isEmpty())
                    out.insert(it.key(), zh);
        }
        return out;
    }();
    return table;
}
} // namespace

QString VaccineNames::name(const QString &abbr)
{
    if (CodeTable::english())
        return abbr;
    return names().value(abbr, abbr);
}

QString VaccineNames::nameWithCode(const QString &abbr)
{
    const QString n = name(abbr);
    return n == abbr ? abbr
                     : QCoreApplication::translate("Models::VaccineNames", "%1（%2）").arg(n, abbr);
}

} // namespace Models
