// GUI: the words of the paper forms (resources/codes/*_form.json) reach the user in the language
// the user chose: the form on screen (tabs, labels, options), the timeline detail, and the
// printed 健康体检表 and 个人基本信息表 (Chinese as the national form; English for a user who
// chose English, docs/decisions.md "The paper forms in English").
#include "checkprinter.h"
#include "codetable.h"
#include "context.h"
#include "database.h"
#include "demogenerator.h"
#include "healthrecordrepository.h"
#include "recordprinter.h"
#include "residentlistmodel.h"
#include "schemaform.h"
#include "timeline.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;

namespace {
bool hasChinese(const QString &s)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return s.contains(han);
}

// Every word the form itself shows: tab titles, row labels, option texts, table headers.
QStringList formWords(SchemaForm &form)
{
    QStringList words;
    for (int i = 0; i < form.count(); ++i)
        words << form.tabText(i);
    for (auto *layout : form.findChildren<QFormLayout *>())
        for (int r = 0; r < layout->rowCount(); ++r)
            if (auto *item = layout->itemAt(r, QFormLayout::LabelRole))
                if (auto *l = qobject_cast<QLabel *>(item->widget()))
                    words << l->text();
    for (auto *c : form.findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            words << c->itemText(i);
    for (auto *l : form.findChildren<QListWidget *>())
        for (int i = 0; i < l->count(); ++i)
            words << l->item(i)->text();
    for (auto *t : form.findChildren<QTableWidget *>())
        for (int c = 0; c < t->columnCount(); ++c)
            words << t->horizontalHeaderItem(c)->text();
    for (auto *l : form.findChildren<QLabel *>())
        if (!l->text().isEmpty())
            words << l->text(); // notes under the fields
    return words;
}

// The check's answers as the test stores them: data typed by people (the drug, the abnormality)
// stays as typed; everything else is a code or a number.
const QStringList kTyped{QStringLiteral("硝苯地平缓释片"), QStringLiteral("血压偏高")};

// With JIAYI_SCREENSHOT_DIR set, the printed forms are saved there as PDFs to look at.
QString pdfPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("JIAYI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    return QDir(dir).filePath(name + (Models::CodeTable::english() ? QStringLiteral("-en.pdf")
                                                                   : QStringLiteral("-zh.pdf")));
}

QString withoutTyped(QString text)
{
    for (const QString &t : kTyped)
        text.remove(t);
    return text;
}
} // namespace

class TestFormLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_resident, m_check, m_name;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_ctx.connection = QStringLiteral("lang");
        m_ctx.databasePath = m_dir.filePath(QStringLiteral("lang.db"));
        QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
        Models::DemoOptions o;
        o.residents = 60;
        o.seed = 3;
        QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
        m_resident = Models::ResidentListModel(m_ctx.connection, m_ctx.scope).residentId(0);
        QVERIFY(!m_resident.isEmpty());
        Models::HealthRecordRepository repo(m_ctx.connection);
        QVERIFY(repo.saveBasicInfo(
            m_ctx.scope,
            Models::BasicInfo{
                m_resident,
                {},
                {},
                {},
                QJsonObject{{"abo", "2"},
                            {"payment", QJsonArray{"3", "5"}},
                            {"diseases",
                             QJsonArray{QJsonObject{{"disease", "2"}, {"diagnosed", "2019-03"}}}},
                            {"toilet", "1"}}}));
        Models::HealthCheck h;
        h.residentId = m_resident;
        h.checkDate = QDate::currentDate().addDays(-1);
        h.doctor = QStringLiteral("王医生");
        h.form = QJsonObject{
            {"symptoms", QJsonArray{"2", "3"}},
            {"pulse", 78},
            {"sbp_left", 146},
            {"dbp_left", 92},
            {"rhythm", "2"},
            {"dorsalis_pedis", "3"},
            {"evaluation", "2"},
            {"abnormal_1", kTyped.at(1)},
            {"medications", QJsonArray{QJsonObject{{"drug", kTyped.at(0)}, {"adherence", "2"}}}}};
        auto saved = repo.addHealthCheck(m_ctx.scope, h, true);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        m_check = saved->id;
    }
    void cleanup() { Models::CodeTable::setEnglish(false); }
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }

    void formOnScreen_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::newRow("health check") << QStringLiteral("health_check_form");
        QTest::newRow("basic info") << QStringLiteral("basic_info_form");
    }
    void formOnScreen()
    {
        QFETCH(QString, schema);
        {
            SchemaForm zh(schema);
            QVERIFY(hasChinese(zh.tabText(0)));
        }
        Models::CodeTable::setEnglish(true);
        SchemaForm en(schema);
        const QStringList words = formWords(en);
        QVERIFY(words.size() > 100);
        for (const QString &w : words)
            QVERIFY2(!hasChinese(w), qPrintable(w));
    }

    void timelineDetail()
    {
        const auto find = [this] {
            auto entries = Models::Timeline::load(m_ctx.connection, m_ctx.scope, m_resident,
                                                  {QStringLiteral("health_check")});
            for (const Models::TimelineEntry &e :
                 entries ? *entries : QVector<Models::TimelineEntry>{})
                if (e.id == m_check)
                    return e.detail;
            return QString();
        };
        const QString zh = find();
        QVERIFY2(zh.contains(QStringLiteral("【一般状况】脉率：78 次/分")), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("症状：头痛、头晕")), qPrintable(zh));
        Models::CodeTable::setEnglish(true);
        const QString en = find();
        QVERIFY2(en.contains(QStringLiteral("[General condition] Pulse rate: 78 beats/min")),
                 qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("Symptoms: Headache, Dizziness")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("Heart rhythm: Irregular")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("[Main medications] Medications: ") + kTyped.at(0) +
                             QStringLiteral(", Intermittent")),
                 qPrintable(en));
    }

    void printedCheck()
    {
        if (const QString pdf = pdfPath(QStringLiteral("check")); !pdf.isEmpty())
            QVERIFY(CheckPrinter::savePdf(m_ctx.connection, m_ctx.scope, m_check, pdf));
        const auto zh = CheckPrinter::html(m_ctx.connection, m_ctx.scope, m_check);
        QVERIFY(zh);
        for (const QString &s :
             {QStringLiteral("一般状况"), QStringLiteral("脉率：<u>78</u> 次/分"),
              QStringLiteral("足背动脉搏动"), QStringLiteral("年")})
            QVERIFY2(zh->contains(s), qPrintable(s));
        QVERIFY(!zh->contains(QStringLiteral("General condition")));

        Models::CodeTable::setEnglish(true);
        if (const QString pdf = pdfPath(QStringLiteral("check")); !pdf.isEmpty())
            QVERIFY(CheckPrinter::savePdf(m_ctx.connection, m_ctx.scope, m_check, pdf));
        const auto en = CheckPrinter::html(m_ctx.connection, m_ctx.scope, m_check);
        QVERIFY(en);
        for (const QString &s :
             {QStringLiteral("Health Examination Form"), QStringLiteral("General condition"),
              QStringLiteral("Pulse rate: <u>78</u> beats/min"),
              QStringLiteral("Dorsalis pedis pulse*: <u>Left weak or absent</u>"),
              QStringLiteral("Heart rhythm: <u>Irregular</u>"),
              QStringLiteral("Current main health problems"), QStringLiteral("Intermittent"),
              QStringLiteral("2 Headache")})
            QVERIFY2(en->contains(s), qPrintable(s));
        // Headings come from tr() (no translator in this test); the form's own words are English.
        const auto schemaText = withoutTyped(*en);
        for (const QString &zhWord :
             {QStringLiteral("一般状况"), QStringLiteral("脉率"), QStringLiteral("头痛"),
              QStringLiteral("次/分"),
              QStringLiteral("%1年").arg(QDate::currentDate().addDays(-1).year())})
            QVERIFY2(!schemaText.contains(zhWord), qPrintable(zhWord));
    }

    void printedRecord()
    {
        if (const QString pdf = pdfPath(QStringLiteral("record")); !pdf.isEmpty())
            QVERIFY(RecordPrinter::savePdf(m_ctx.connection, m_ctx.scope, m_resident, pdf));
        const auto zh = RecordPrinter::html(m_ctx.connection, m_ctx.scope, m_resident);
        QVERIFY(zh);
        QVERIFY2(zh->contains(QStringLiteral("ABO血型：B型")), qPrintable(*zh));
        QVERIFY(zh->contains(QStringLiteral("新型农村合作医疗、商业医疗保险")));
        Models::CodeTable::setEnglish(true);
        if (const QString pdf = pdfPath(QStringLiteral("record")); !pdf.isEmpty())
            QVERIFY(RecordPrinter::savePdf(m_ctx.connection, m_ctx.scope, m_resident, pdf));
        const auto en = RecordPrinter::html(m_ctx.connection, m_ctx.scope, m_resident);
        QVERIFY(en);
        for (const QString &s :
             {QStringLiteral("Blood type"), QStringLiteral("ABO blood type: Type B"),
              QStringLiteral("Payment methods: New rural cooperative medical scheme, Commercial "
                             "medical insurance"),
              QStringLiteral("Hypertension, 2019-03"), QStringLiteral("Toilet: Sanitary toilet")})
            QVERIFY2(en->contains(s.toHtmlEscaped()), qPrintable(s));
        QVERIFY(!en->contains(QStringLiteral("B型")));
    }
};

QTEST_MAIN(TestFormLanguage)
#include "tst_formlanguage.moc"
