#include "formschema.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>

namespace Models {

namespace {
Q_LOGGING_CATEGORY(lcForm, "jiayi.models.formschema", QtWarningMsg)

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::FormSchema)
};

bool english()
{
    return CodeTable::english();
}

QString pick(const QString &zh, const QString &en)
{
    return english() && !en.isEmpty() ? en : zh;
}

bool hasChinese(const QString &s)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return s.contains(han);
}

// Reads the schema and lists every text a reader of the other language could not read, by its
// path in the file (the paths of tools/form_english.py).
class Reader
{
public:
    QStringList problems;

    // A Chinese text needs its English; a text without Chinese (mmHg, ABO) reads in both.
    QString checked(const QString &zh, const QString &en, const QString &path)
    {
        if (hasChinese(zh) && en.trimmed().isEmpty())
            problems << path;
        else if (hasChinese(en))
            problems << path + QStringLiteral(" (English has Chinese)");
        return en;
    }
    QString text(const QJsonObject &o, const QString &attr, QString *en, const QString &path)
    {
        const QString zh = o.value(attr).toString();
        *en = checked(zh, o.value(attr + QStringLiteral("_en")).toString(), path + attr);
        return zh;
    }

    FormField field(const QJsonObject &o, const QString &path)
    {
        FormField f;
        f.key = o.value(QStringLiteral("key")).toString();
        const QString at = path + f.key + QLatin1Char('/');
        f.type = o.value(QStringLiteral("type")).toString(QStringLiteral("text"));
        f.labelZh = text(o, QStringLiteral("label"), &f.labelEn, at);
        f.unitZh = text(o, QStringLiteral("unit"), &f.unitEn, at);
        f.noteZh = text(o, QStringLiteral("note"), &f.noteEn, at);
        const QJsonValue opts = o.value(QStringLiteral("options"));
        if (opts.isString()) { // a shared code table: "codes:ethnicity"
            for (const Code &c : CodeTable::get(opts.toString().mid(6)).codes())
                f.options << FormOption{c.code, c.zh, c.en};
        } else {
            for (const QJsonValue &v : opts.toArray()) {
                const QJsonArray a = v.toArray();
                const QString code = a.at(0).toString();
                f.options << FormOption{code, a.at(1).toString(),
                                        checked(a.at(1).toString(), a.at(2).toString(),
                                                at + QStringLiteral("options/") + code)};
            }
        }
        for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray())
            f.columns << field(c.toObject(), at + QStringLiteral("columns/"));
        return f;
    }
};

QString itemSeparator()
{
    return english() ? QStringLiteral(", ") : QStringLiteral("、");
}

QString valueText(const FormField &f, const QJsonValue &v)
{
    if (f.type == QLatin1String("choice"))
        return f.optionLabel(v.toVariant().toString());
    if (f.type == QLatin1String("multi")) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << f.optionLabel(x.toVariant().toString());
        return parts.join(itemSeparator());
    }
    if (f.type == QLatin1String("table")) {
        QStringList rows;
        for (const QJsonValue &r : v.toArray()) {
            QStringList cells;
            const QJsonObject row = r.toObject();
            for (const FormField &c : f.columns)
                if (row.contains(c.key) && !valueText(c, row.value(c.key)).isEmpty())
                    cells << valueText(c, row.value(c.key));
            rows << cells.join(english() ? QStringLiteral(", ") : QStringLiteral("，"));
        }
        return rows.join(english() ? QStringLiteral("; ") : QStringLiteral("；"));
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toVariant().toString();
}
} // namespace

QString FormOption::label() const
{
    return pick(zh, en);
}

QString FormField::label() const
{
    return pick(labelZh, labelEn);
}

QString FormField::unit() const
{
    return pick(unitZh, unitEn);
}

QString FormField::note() const
{
    return pick(noteZh, noteEn);
}

QString FormField::labelWithUnit() const
{
    if (unitZh.isEmpty())
        return label();
    return english() ? QStringLiteral("%1 (%2)").arg(label(), unit())
                     : QStringLiteral("%1（%2）").arg(label(), unit());
}

QString FormField::optionLabel(const QString &code) const
{
    for (const FormOption &o : options)
        if (o.code == code)
            return o.label();
    return code;
}

QString FormField::optionCode(const QString &label) const
{
    for (const FormOption &o : options)
        if (o.zh == label || (!o.en.isEmpty() && o.en.compare(label, Qt::CaseInsensitive) == 0))
            return o.code;
    return {};
}

QString FormSection::title() const
{
    return pick(titleZh, titleEn);
}

QString FormSection::tab() const
{
    return english() && !tabEn.isEmpty() ? tabEn : title();
}

QString FormSchema::title() const
{
    return pick(m_titleZh, m_titleEn);
}

QString FormSchema::valueText(const FormField &field, const QJsonValue &value)
{
    return Models::valueText(field, value);
}

Result<FormSchema> FormSchema::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return makeError(QStringLiteral("form.json"), Text::tr("表单文件不是有效的 JSON"), {},
                         error.errorString());
    const QJsonObject o = doc.object();
    FormSchema s;
    Reader read;
    s.m_name = o.value(QStringLiteral("form")).toString();
    s.m_titleZh = read.text(o, QStringLiteral("title"), &s.m_titleEn, QString());
    s.m_version = o.value(QStringLiteral("version")).toString();
    for (const QJsonValue &sv : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject so = sv.toObject();
        FormSection sec;
        sec.key = so.value(QStringLiteral("key")).toString();
        const QString at = QStringLiteral("sections/%1/").arg(sec.key);
        sec.titleZh = read.text(so, QStringLiteral("title"), &sec.titleEn, at);
        sec.tabEn = read.checked(QString(), so.value(QStringLiteral("tab_en")).toString(),
                                 at + QStringLiteral("tab"));
        for (const QJsonValue &fv : so.value(QStringLiteral("fields")).toArray())
            sec.fields << read.field(fv.toObject(), at + QStringLiteral("fields/"));
        s.m_sections << sec;
    }
    if (s.m_sections.isEmpty())
        return makeError(QStringLiteral("form.empty"),
                         Text::tr("表单文件 %1 没有任何栏目").arg(s.m_name));
    if (!read.problems.isEmpty())
        return makeError(
            QStringLiteral("form.english"),
            Text::tr("表单文件 %1 有 %n 处文字缺少英文：%2", nullptr, int(read.problems.size()))
                .arg(s.m_name, read.problems.join(QStringLiteral(", "))),
            read.problems.first());
    return s;
}

const FormSchema &FormSchema::get(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, FormSchema *> cache;
    QMutexLocker lock(&mutex);
    if (auto *s = cache.value(name))
        return *s;
    auto *s = new FormSchema;
    QFile f(QStringLiteral(":/codes/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qCCritical(lcForm) << "form file missing:" << name;
    } else if (auto parsed = parse(f.readAll())) {
        *s = *parsed;
    } else {
        // The shipped files are checked by tst_formschema; a broken one is a build defect.
        qCCritical(lcForm).noquote() << parsed.error().code << parsed.error().message;
    }
    s->m_name = name;
    Q_ASSERT_X(!s->m_sections.isEmpty(), "FormSchema", "missing, empty or untranslated form file");
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
                Text::tr("“%1”的选项“%2”无效").arg(f->label(), it.value().toVariant().toString())};
        if (f->type == QLatin1String("multi"))
            for (const QJsonValue &v : it.value().toArray())
                if (!known(*f, v))
                    out << FieldCheck{
                        f->key, FieldCheck::Refuse,
                        Text::tr("“%1”的选项“%2”无效").arg(f->label(), v.toVariant().toString())};
    }
    return out;
}

QStringList FormSchema::describeSection(const FormSection &section, const QJsonObject &values)
{
    QStringList items;
    for (const FormField &f : section.fields) {
        if (!values.contains(f.key))
            continue;
        const QString text = valueText(f, values.value(f.key));
        if (text.isEmpty())
            continue;
        items << QStringLiteral("%1%2%3%4")
                     .arg(f.label(), english() ? QStringLiteral(": ") : QStringLiteral("："), text,
                          f.unitZh.isEmpty() ? QString() : QLatin1Char(' ') + f.unit());
    }
    return items;
}

QStringList FormSchema::describe(const QJsonObject &values) const
{
    QStringList out;
    for (const FormSection &s : m_sections) {
        const QStringList items = describeSection(s, values);
        if (items.isEmpty())
            continue;
        out << (english()
                    ? QStringLiteral("[%1] %2").arg(s.title(), items.join(QStringLiteral("; ")))
                    : QStringLiteral("【%1】%2").arg(s.title(), items.join(QStringLiteral("；"))));
    }
    return out;
}

} // namespace Models
