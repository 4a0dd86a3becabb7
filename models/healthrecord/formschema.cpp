#include "formschema.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::FormSchema)
};

FormField readField(const QJsonObject &o)
{
    FormField f;
    f.key = o.value(QStringLiteral("key")).toString();
    f.label = o.value(QStringLiteral("label")).toString();
    f.type = o.value(QStringLiteral("type")).toString(QStringLiteral("text"));
    f.unit = o.value(QStringLiteral("unit")).toString();
    f.note = o.value(QStringLiteral("note")).toString();
    const QJsonValue opts = o.value(QStringLiteral("options"));
    if (opts.isString()) { // a shared code table: "codes:ethnicity"
        for (const Code &c : CodeTable::get(opts.toString().mid(6)).codes())
            f.options << FormOption{c.code, c.zh};
    } else {
        for (const QJsonValue &v : opts.toArray()) {
            const QJsonArray pair = v.toArray();
            f.options << FormOption{pair.at(0).toString(), pair.at(1).toString()};
        }
    }
    for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray())
        f.columns << readField(c.toObject());
    return f;
}

QString valueText(const FormField &f, const QJsonValue &v)
{
    if (f.type == QLatin1String("choice"))
        return f.optionLabel(v.toVariant().toString());
    if (f.type == QLatin1String("multi")) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << f.optionLabel(x.toVariant().toString());
        return parts.join(QStringLiteral("、"));
    }
    if (f.type == QLatin1String("table")) {
        QStringList rows;
        for (const QJsonValue &r : v.toArray()) {
            QStringList cells;
            const QJsonObject row = r.toObject();
            for (const FormField &c : f.columns)
                if (row.contains(c.key) && !valueText(c, row.value(c.key)).isEmpty())
                    cells << valueText(c, row.value(c.key));
            rows << cells.join(QStringLiteral("，"));
        }
        return rows.join(QStringLiteral("；"));
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toVariant().toString();
}
} // namespace

QString FormSchema::valueText(const FormField &field, const QJsonValue &value)
{
    return Models::valueText(field, value);
}

QString FormField::optionLabel(const QString &code) const
{
    for (const FormOption &o : options)
        if (o.code == code)
            return o.label;
    return code;
}

const FormSchema &FormSchema::get(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, FormSchema *> cache;
    QMutexLocker lock(&mutex);
    if (auto *s = cache.value(name))
        return *s;
    auto *s = new FormSchema;
    s->m_name = name;
    QFile f(QStringLiteral(":/codes/%1.json").arg(name));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        s->m_title = o.value(QStringLiteral("title")).toString();
        s->m_version = o.value(QStringLiteral("version")).toString();
        for (const QJsonValue &sv : o.value(QStringLiteral("sections")).toArray()) {
            const QJsonObject so = sv.toObject();
            FormSection sec{so.value(QStringLiteral("key")).toString(),
                            so.value(QStringLiteral("title")).toString(),
                            {}};
            for (const QJsonValue &fv : so.value(QStringLiteral("fields")).toArray())
                sec.fields << readField(fv.toObject());
            s->m_sections << sec;
        }
    }
    Q_ASSERT_X(!s->m_sections.isEmpty(), "FormSchema", "missing or empty form file");
    cache.insert(name, s);
    return *s;
}

const FormField *FormSchema::field(const QString &key) const
{
    for (const FormSection &s : m_sections)
        for (const FormField &f : s.fields)
            if (f.key == key)
                return &f;
    return nullptr;
}

int FormSchema::fieldCount() const
{
    int n = 0;
    for (const FormSection &s : m_sections)
        n += int(s.fields.size());
    return n;
}

QList<FieldCheck> FormSchema::checkChoices(const QJsonObject &values) const
{
    QList<FieldCheck> out;
    auto known = [](const FormField &f, const QJsonValue &v) {
        const QString code = v.toVariant().toString();
        for (const FormOption &o : f.options)
            if (o.code == code)
                return true;
        return false;
    };
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FormField *f = field(it.key());
        if (!f)
            continue;
        if (f->type == QLatin1String("choice") && !it.value().isNull() &&
            !(it.value().isString() && it.value().toString().isEmpty()) && !known(*f, it.value()))
            out << FieldCheck{
                f->key, FieldCheck::Refuse,
                Text::tr("“%1”的选项“%2”无效").arg(f->label, it.value().toVariant().toString())};
        if (f->type == QLatin1String("multi"))
            for (const QJsonValue &v : it.value().toArray())
                if (!known(*f, v))
                    out << FieldCheck{
                        f->key, FieldCheck::Refuse,
                        Text::tr("“%1”的选项“%2”无效").arg(f->label, v.toVariant().toString())};
    }
    return out;
}

QStringList FormSchema::describe(const QJsonObject &values) const
{
    QStringList out;
    for (const FormSection &s : m_sections) {
        QStringList lines;
        for (const FormField &f : s.fields) {
            if (!values.contains(f.key))
                continue;
            const QString text = valueText(f, values.value(f.key));
            if (text.isEmpty())
                continue;
            lines << QStringLiteral("%1：%2%3")
                         .arg(f.label, text,
                              f.unit.isEmpty() ? QString() : QLatin1Char(' ') + f.unit);
        }
        if (!lines.isEmpty())
            out << QStringLiteral("【%1】").arg(s.title) + lines.join(QStringLiteral("；"));
    }
    return out;
}

} // namespace Models
