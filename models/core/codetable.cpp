#include "codetable.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace Models {

namespace {
bool g_english = false;
}

void CodeTable::setEnglish(bool english)
{
    g_english = english;
}

bool CodeTable::english()
{
    return g_english;
}

QString Code::label() const
{
    return g_english && !en.isEmpty() ? en : zh;
}

const CodeTable &CodeTable::get(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, CodeTable *> tables;
    QMutexLocker lock(&mutex);
    if (auto *t = tables.value(name))
        return *t;
    auto *t = new CodeTable;
    t->m_name = name;
    QFile f(QStringLiteral(":/codes/%1.json").arg(name));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        t->m_version = o.value(QStringLiteral("version")).toString();
        for (const auto &v : o.value(QStringLiteral("codes")).toArray()) {
            const QJsonObject c = v.toObject();
            t->m_codes.append(Code{c.value(QStringLiteral("code")).toString(),
                                   c.value(QStringLiteral("zh")).toString(),
                                   c.value(QStringLiteral("en")).toString()});
        }
    }
    Q_ASSERT_X(!t->m_codes.isEmpty(), "CodeTable", "missing or empty code table");
    tables.insert(name, t);
    return *t;
}

bool CodeTable::contains(const QString &code) const
{
    for (const Code &c : m_codes)
        if (c.code == code)
            return true;
    return false;
}

QString CodeTable::label(const QString &code) const
{
    for (const Code &c : m_codes)
        if (c.code == code)
            return c.label();
    return code;
}

} // namespace Models
