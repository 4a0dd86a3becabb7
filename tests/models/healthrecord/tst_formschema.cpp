#include "codetable.h"
#include "formschema.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include <functional>

using namespace Models;

// The paper forms as data speak both languages: every Chinese text of a form file has its English
// beside it, the loader refuses a file where one is missing (so the next field added cannot forget
// it), and what the forms say on screen, in the timeline and on paper follows the user's language.
class TestFormSchema : public QObject
{
    Q_OBJECT

    // A small valid form; each refusal row breaks one thing of it.
    static QJsonObject sample()
    {
        const auto doc = QJsonDocument::fromJson(R"({
          "form": "sample_form", "title": "样表", "title_en": "Sample form", "version": "1",
          "sections": [{
            "key": "general", "title": "一般状况", "title_en": "General condition", "tab_en": "General",
            "fields": [
              {"key": "pulse", "label": "脉率", "label_en": "Pulse rate", "type": "int",
               "unit": "次/分", "unit_en": "beats/min", "note": "静息时", "note_en": "At rest"},
              {"key": "sbp", "label": "收缩压", "label_en": "Systolic BP", "type": "int",
               "unit": "mmHg"},
              {"key": "rhythm", "label": "心律", "label_en": "Heart rhythm", "type": "choice",
               "options": [["1", "齐", "Regular"], ["2", "不齐", "Irregular"]]},
              {"key": "meds", "label": "用药", "label_en": "Medications", "type": "table",
               "columns": [
                 {"key": "drug", "label": "药物名称", "label_en": "Drug"},
                 {"key": "adherence", "label": "服药依从性", "label_en": "Adherence",
                  "type": "choice", "options": [["1", "规律", "Regular"], ["2", "间断", "Intermittent"]]}
               ]}
            ]}]})");
        return doc.object();
    }
    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

    // Edits the sample at a path of keys and indexes, e.g. {"sections", 0, "fields", 1}.
    static QJsonValue edit(QJsonValue node, QList<QVariant> path,
                           const std::function<QJsonValue(QJsonValue)> &change)
    {
        if (path.isEmpty())
            return change(node);
        const QVariant step = path.takeFirst();
        if (step.typeId() == QMetaType::Int) {
            QJsonArray a = node.toArray();
            a[step.toInt()] = edit(a.at(step.toInt()), path, change);
            return a;
        }
        QJsonObject o = node.toObject();
        o[step.toString()] = edit(o.value(step.toString()), path, change);
        return o;
    }
    static std::function<QJsonValue(QJsonValue)> remove(const QString &key)
    {
        return [key](QJsonValue v) {
            QJsonObject o = v.toObject();
            o.remove(key);
            return QJsonValue(o);
        };
    }
    static std::function<QJsonValue(QJsonValue)> set(const QString &key, const QString &value)
    {
        return [key, value](QJsonValue v) {
            QJsonObject o = v.toObject();
            o[key] = value;
            return QJsonValue(o);
        };
    }

private slots:
    void cleanup() { CodeTable::setEnglish(false); }

    void shippedFormsReadInBothLanguages()
    {
        QStringList forms;
        for (const QString &file : QDir(QStringLiteral(":/codes")).entryList({"*_form.json"})) {
            QFile f(QStringLiteral(":/codes/") + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto schema = FormSchema::parse(f.readAll());
            QVERIFY2(schema,
                     qPrintable(schema ? file : file + QLatin1Char(' ') + schema.error().message));
            forms << file;
            // Two fields that differ in Chinese differ in English too.
            QHash<QString, QString> zhOf;
            for (const FormSection &s : schema->sections())
                for (const FormField &field : s.fields) {
                    if (!field.labelEn.isEmpty() && zhOf.contains(field.labelEn))
                        QVERIFY2(zhOf.value(field.labelEn) == field.labelZh,
                                 qPrintable(file + QLatin1Char(' ') + field.labelEn));
                    zhOf.insert(field.labelEn, field.labelZh);
                }
        }
        QVERIFY2(forms.contains(QStringLiteral("health_check_form.json")),
                 qPrintable(forms.join(',')));
        QVERIFY(forms.contains(QStringLiteral("basic_info_form.json")));
    }

    void refusesTextWithoutEnglish_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const QJsonValue s = sample();
        const QList<QVariant> field1{"sections", 0, "fields", 0};
        QTest::newRow("form title") << bytes(edit(s, {}, remove("title_en")).toObject()) << "title";
        QTest::newRow("section title")
            << bytes(edit(s, {"sections", 0}, remove("title_en")).toObject())
            << "sections/general/title";
        QTest::newRow("label") << bytes(edit(s, field1, remove("label_en")).toObject())
                               << "sections/general/fields/pulse/label";
        QTest::newRow("blank label") << bytes(edit(s, field1, set("label_en", " ")).toObject())
                                     << "sections/general/fields/pulse/label";
        QTest::newRow("Chinese unit") << bytes(edit(s, field1, remove("unit_en")).toObject())
                                      << "sections/general/fields/pulse/unit";
        QTest::newRow("note") << bytes(edit(s, field1, remove("note_en")).toObject())
                              << "sections/general/fields/pulse/note";
        QTest::newRow("option") << bytes(edit(s, {"sections", 0, "fields", 2, "options", 1},
                                              [](QJsonValue v) {
                                                  QJsonArray a = v.toArray();
                                                  a.removeLast();
                                                  return QJsonValue(a);
                                              })
                                             .toObject())
                                << "sections/general/fields/rhythm/options/2";
        QTest::newRow("column label")
            << bytes(edit(s, {"sections", 0, "fields", 3, "columns", 0}, remove("label_en"))
                         .toObject())
            << "sections/general/fields/meds/columns/drug/label";
        QTest::newRow("column option")
            << bytes(edit(s, {"sections", 0, "fields", 3, "columns", 1, "options", 0},
                          [](QJsonValue) {
                              return QJsonValue(QJsonArray{"1", "规律"});
                          })
                         .toObject())
            << "sections/general/fields/meds/columns/adherence/options/1";
        QTest::newRow("tab still Chinese")
            << bytes(edit(s, {"sections", 0}, set("tab_en", QStringLiteral("一般"))).toObject())
            << "sections/general/tab (English has Chinese)";
        QTest::newRow("English still Chinese")
            << bytes(edit(s, field1, set("label_en", QStringLiteral("脉率"))).toObject())
            << "sections/general/fields/pulse/label (English has Chinese)";
    }
    void refusesTextWithoutEnglish()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QVERIFY(FormSchema::parse(bytes(sample()))); // the sample itself is good
        const auto schema = FormSchema::parse(json);
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, QStringLiteral("form.english"));
        QCOMPARE(schema.error().field, path);
        QVERIFY2(schema.error().message.contains(path), qPrintable(schema.error().message));
    }

    void refusesBrokenFiles()
    {
        QCOMPARE(FormSchema::parse("{ not json").error().code, QStringLiteral("form.json"));
        QJsonObject empty = sample();
        empty[QStringLiteral("sections")] = QJsonArray();
        QCOMPARE(FormSchema::parse(bytes(empty)).error().code, QStringLiteral("form.empty"));
    }

    void followsTheLanguage()
    {
        const auto parsed = FormSchema::parse(bytes(sample()));
        QVERIFY(parsed);
        const FormSchema &s = *parsed;
        const QJsonObject values{
            {"pulse", 72},
            {"sbp", 128},
            {"rhythm", "2"},
            {"meds", QJsonArray{QJsonObject{{"drug", "氨氯地平"}, {"adherence", "1"}},
                                QJsonObject{{"drug", "二甲双胍"}, {"adherence", "2"}}}}};
        const FormField &pulse = *s.field(QStringLiteral("pulse"));
        const FormField &sbp = *s.field(QStringLiteral("sbp"));

        QCOMPARE(s.title(), QStringLiteral("样表"));
        QCOMPARE(s.sections().first().tab(), QStringLiteral("一般状况"));
        QCOMPARE(pulse.labelWithUnit(), QStringLiteral("脉率（次/分）"));
        QCOMPARE(sbp.labelWithUnit(), QStringLiteral("收缩压（mmHg）"));
        QCOMPARE(
            s.describe(values),
            QStringList{QStringLiteral("【一般状况】脉率：72 次/分；收缩压：128 mmHg；心律：不齐；"
                                       "用药：氨氯地平，规律；二甲双胍，间断")});

        CodeTable::setEnglish(true);
        QCOMPARE(s.title(), QStringLiteral("Sample form"));
        QCOMPARE(s.sections().first().title(), QStringLiteral("General condition"));
        QCOMPARE(s.sections().first().tab(), QStringLiteral("General"));
        QCOMPARE(pulse.labelWithUnit(), QStringLiteral("Pulse rate (beats/min)"));
        QCOMPARE(pulse.note(), QStringLiteral("At rest"));
        QCOMPARE(sbp.labelWithUnit(), QStringLiteral("Systolic BP (mmHg)")); // no unit_en needed
        QCOMPARE(s.describe(values),
                 QStringList{QStringLiteral(
                     "[General condition] Pulse rate: 72 beats/min; Systolic BP: 128 mmHg; "
                     "Heart rhythm: Irregular; Medications: 氨氯地平, Regular; 二甲双胍, "
                     "Intermittent")});
        // A wrong code is named by the field's label in the user's language.
        const QList<FieldCheck> wrong = s.checkChoices(QJsonObject{{"rhythm", "9"}});
        QCOMPARE(wrong.size(), 1);
        QVERIFY2(wrong.first().message.contains(QStringLiteral("Heart rhythm")),
                 qPrintable(wrong.first().message));
        // A table cell typed as an option's name finds its code in either language.
        const FormField &adherence = s.field(QStringLiteral("meds"))->columns.at(1);
        QCOMPARE(adherence.optionCode(QStringLiteral("intermittent")), QStringLiteral("2"));
        QCOMPARE(adherence.optionCode(QStringLiteral("间断")), QStringLiteral("2"));
        QCOMPARE(adherence.optionCode(QStringLiteral("sometimes")), QString());
    }

    void shippedFormsInEnglish()
    {
        // The national form's section names in the standard English terms.
        const FormSchema &hc = FormSchema::get(QStringLiteral("health_check_form"));
        CodeTable::setEnglish(true);
        QStringList titles;
        for (const FormSection &s : hc.sections())
            titles << s.title();
        QCOMPARE(titles,
                 (QStringList{"Symptoms", "General condition", "Lifestyle", "Organ function",
                              "Physical examination", "Auxiliary examinations",
                              "Current main health problems", "Hospital treatment",
                              "Main medications", "Non-programme vaccination history",
                              "Health assessment", "Health guidance"}));
        QCOMPARE(hc.title(), QStringLiteral("Health Examination Form"));
        QCOMPARE(hc.field(QStringLiteral("fbg"))->labelWithUnit(),
                 QStringLiteral("Fasting blood glucose (mmol/L)"));
        const FormSchema &bi = FormSchema::get(QStringLiteral("basic_info_form"));
        QCOMPARE(bi.field(QStringLiteral("abo"))->optionLabel(QStringLiteral("4")),
                 QStringLiteral("Type AB"));
        // Options from a shared code table come with that table's English.
        for (const FormSection &s : bi.sections())
            for (const FormField &f : s.fields)
                for (const FormOption &o : f.options)
                    QVERIFY2(!o.label().contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                             qPrintable(f.key + QLatin1Char(' ') + o.code));
    }
};

QTEST_GUILESS_MAIN(TestFormSchema)
#include "tst_formschema.moc"
