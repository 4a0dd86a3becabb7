// GUI: the resident screen says what is overdue (a hypertensive patient past his follow-up, by
// the chronic work-list rules), what is due next, the drug allergies from the basic information
// form, and the household (members, head, who is signed).
#include "chronicrules.h"
#include "chronicworklist.h"
#include "database.h"
#include "demogenerator.h"
#include "healthrecordrepository.h"
#include "residentduepanel.h"
#include "residentrepository.h"
#include "residentview.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;

class TestResidentDue : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_ctx;

    Models::WorklistRow overdueHypertension()
    {
        Models::WorklistFilter f;
        f.kind = Models::WorklistKind::Overdue;
        f.programme = QStringLiteral("hypertension");
        auto rows = Models::chronicWorklist(m_ctx.connection, m_ctx.scope, f,
                                            Models::ChronicRuleSet::active());
        return rows && !rows->isEmpty() ? rows->first() : Models::WorklistRow{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ctx.connection = QStringLiteral("due");
        m_ctx.databasePath = m_dir.filePath(QStringLiteral("due.db"));
        QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
        Models::DemoOptions o;
        o.residents = 1200;
        o.seed = 7;
        QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
    }
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }

    void overdueFollowupIsShown()
    {
        const Models::WorklistRow row = overdueHypertension();
        QVERIFY(row.daysOverdue > 0);
        ResidentView view(m_ctx, row.residentId);
        const QString text = view.duePanel()->overdueText();
        QVERIFY2(text.contains(QStringLiteral("高血压随访逾期 %1 天").arg(row.daysOverdue)),
                 qPrintable(text));
        QVERIFY(text.contains(row.nextDue.toString(Qt::ISODate)));
        if (const QString dir = qEnvironmentVariable("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.resize(1366, 740);
            view.show();
            QTest::qWait(50);
            view.grab().save(dir + "/residentview-due.png");
        }
    }

    void allergiesComeFromTheBasicInformationForm()
    {
        const QString id = overdueHypertension().residentId;
        Models::HealthRecordRepository repo(m_ctx.connection);
        Models::BasicInfo info;
        if (auto old = repo.basicInfo(m_ctx.scope, id))
            info = *old;
        info.residentId = id;
        info.form.insert(QStringLiteral("drug_allergy"),
                         QJsonArray{QStringLiteral("2"), QStringLiteral("5")});
        info.form.insert(QStringLiteral("drug_allergy_other"), QStringLiteral("头孢"));
        QVERIFY(repo.saveBasicInfo(m_ctx.scope, info).ok());
        ResidentView view(m_ctx, id);
        const QString text = view.duePanel()->allergyText();
        QVERIFY2(text.contains(QStringLiteral("青霉素")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("头孢")), qPrintable(text));
    }

    void householdAndNextDates()
    {
        const Models::WorklistRow row = overdueHypertension();
        auto r = Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, row.residentId);
        QVERIFY(r && !r->householdId.isEmpty());
        auto members =
            Models::ResidentRepository(m_ctx.connection).members(m_ctx.scope, r->householdId);
        ResidentView view(m_ctx, row.residentId);
        const QString household = view.duePanel()->householdText();
        QVERIFY2(household.contains(QStringLiteral("（户主）")), qPrintable(household));
        for (const auto &m : *members)
            QVERIFY2(household.contains(m.name), qPrintable(household));
        QVERIFY(household.contains(QStringLiteral("人已签约")));

        // A follow-up seen today is no longer overdue; its next date shows instead.
        ResidentDuePanel panel(m_ctx);
        panel.setResident(*r, row.nextDue.addDays(-1));
        QVERIFY2(!panel.overdueText().contains(QStringLiteral("高血压随访逾期")),
                 qPrintable(panel.overdueText()));
        QVERIFY2(panel.nextText().contains(QStringLiteral("高血压随访 ") +
                                           row.nextDue.toString(Qt::ISODate)),
                 qPrintable(panel.nextText()));
    }
};

QTEST_MAIN(TestResidentDue)
#include "tst_residentdue.moc"
