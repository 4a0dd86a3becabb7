// GUI: every screen of the main window and the clinical forms of the daily path, in Chinese and in
// English, on a 1366x768 screen. Each must fit the screen (its minimum size), paint something,
// and in English show no Chinese in its own words (buttons, tabs, form labels, group titles,
// headers: data such as names may stay Chinese). With JIAYI_SCREENSHOT_DIR set, every screen is
// saved as <lang>-<nn>-<name>.png for people to look at (docs/ux.md, "Looking at the screens").
#include "childcheckdialog.h"
#include "chronicpage.h"
#include "chronicworklistmodel.h"
#include "codetable.h"
#include "database.h"
#include "dbaccess.h"
#include "demogenerator.h"
#include "elderlyservicedialog.h"
#include "encounterdialog.h"
#include "followupdialog.h"
#include "healthformdialog.h"
#include "mainwindow.h"
#include "mentaldialogs.h"
#include "pregnancybookingdialog.h"
#include "reportsenddialog.h"
#include "residentlistmodel.h"
#include "residentview.h"
#include "schemaform.h"
#include "signcontractdialog.h"
#include "sqlitestmt.h"
#include "tbdialogs.h"
#include "tbscreendialog.h"
#include "tcmassessmentdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Gui;

namespace {
const QSize kScreen(1366, 768);

bool hasChinese(const QString &s)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return s.contains(han);
}

// The widget's own words: what a translator is responsible for. Labels of a form layout, button
// and tab texts, group titles, table headers of item views with a model whose headers are words.
QStringList ownWords(QWidget *root)
{
    QStringList words;
    for (auto *b : root->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(root))
            words << b->text();
    for (auto *t : root->findChildren<QTabBar *>())
        if (t->isVisibleTo(root))
            for (int i = 0; i < t->count(); ++i)
                words << t->tabText(i);
    for (auto *g : root->findChildren<QGroupBox *>())
        if (g->isVisibleTo(root))
            words << g->title();
    for (auto *f : root->findChildren<QFormLayout *>())
        for (int r = 0; r < f->rowCount(); ++r)
            if (QLayoutItem *item = f->itemAt(r, QFormLayout::LabelRole))
                if (auto *l = qobject_cast<QLabel *>(item->widget()); l && l->isVisibleTo(root))
                    words << l->text();
    for (auto *v : root->findChildren<QTableView *>()) {
        if (!v->isVisibleTo(root) || !v->model())
            continue;
        for (int c = 0; c < v->model()->columnCount(); ++c)
            words << v->model()->headerData(c, Qt::Horizontal).toString();
    }
    return words;
}

// Not blank: more than one colour in the grab.
bool painted(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}
} // namespace

class TestScreenTour : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_ctx;
    int m_shot = 0;
    QString m_lang;

    // Checks one screen and saves its picture; returns the problems found.
    QStringList look(QWidget *w, const QString &name)
    {
        QStringList problems;
        const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (min.width() > kScreen.width() || min.height() > kScreen.height())
            problems << QStringLiteral("%1: needs %2x%3, more than the screen")
                            .arg(name)
                            .arg(min.width())
                            .arg(min.height());
        const QImage image = w->grab().toImage();
        if (!painted(image))
            problems << QStringLiteral("%1: blank").arg(name);
        if (m_lang == QLatin1String("en"))
            for (const QString &word : ownWords(w))
                if (hasChinese(word))
                    problems << QStringLiteral("%1: untranslated \"%2\"").arg(name, word);
        if (const QString dir = qEnvironmentVariable("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            image.save(QDir(dir).filePath(QStringLiteral("%1-%2-%3.png")
                                              .arg(m_lang)
                                              .arg(++m_shot, 2, 10, QLatin1Char('0'))
                                              .arg(name)));
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ctx.connection = QStringLiteral("tour");
        m_ctx.databasePath = m_dir.filePath(QStringLiteral("tour.db"));
        QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
        Models::DemoOptions o;
        o.residents = 1200;
        o.seed = 5;
        QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
    }
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }

    void tour_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void tour()
    {
        QFETCH(QString, lang);
        m_lang = lang;
        m_shot = 0;
        QTranslator translator;
        if (lang == QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/jiayi_en.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        Models::CodeTable::setEnglish(lang == QLatin1String("en")); // as the app does with --lang
        QStringList problems;
        {
            MainWindow window(m_ctx);
            window.resize(kScreen);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *stack = window.findChild<QStackedWidget *>();
            QVERIFY(stack && stack->count() >= 7);
            for (int i = 0; i < stack->count(); ++i) {
                stack->setCurrentIndex(i);
                QTest::qWait(150); // pages load their lists when shown
                problems << look(&window, QStringLiteral("page%1-%2")
                                              .arg(i + 1)
                                              .arg(QString::fromLatin1(
                                                       stack->widget(i)->metaObject()->className())
                                                       .section(QLatin1String("::"), -1)));
            }

            auto *chronic = window.findChild<ChronicPage *>();
            QTRY_VERIFY(chronic->model()->rowCount() > 0);
            const Models::WorklistRow row = chronic->model()->rows().first();

            const auto dialog = [&](QWidget *w, const QString &name) {
                if (!w->testAttribute(Qt::WA_Resized)) // the size it opens with, as a user sees it
                    w->resize(w->sizeHint().boundedTo(kScreen));
                w->show();
                QVERIFY(QTest::qWaitForWindowExposed(w));
                problems << look(w, name);
                w->close();
            };
            {
                ResidentView v(m_ctx, row.residentId, &window);
                dialog(&v, QStringLiteral("ResidentView"));
            }
            {
                FollowupDialog d(m_ctx, row.registrationId, &window);
                dialog(&d, QStringLiteral("FollowupDialog"));
            }
            // The paper forms: their first page, and the pages with the longest labels.
            const auto form = [&](HealthFormDialog::Kind kind, const QString &name,
                                  const QList<int> &pages) {
                HealthFormDialog d(m_ctx, row.residentId, kind, &window);
                auto *tabs = d.findChild<SchemaForm *>();
                QVERIFY(tabs);
                for (int page : pages) {
                    tabs->setCurrentIndex(page);
                    dialog(&d, QStringLiteral("%1-%2").arg(name).arg(page + 1));
                }
            };
            form(HealthFormDialog::HealthCheck, QStringLiteral("HealthCheck"), {0, 1, 2, 4, 5});
            form(HealthFormDialog::BasicInfo, QStringLiteral("BasicInfo"), {0, 1, 4, 6});
            {
                EncounterDialog d(m_ctx, row.residentId, &window);
                dialog(&d, QStringLiteral("EncounterDialog"));
            }
            {
                SignContractDialog d(m_ctx, row.residentId, false, &window);
                dialog(&d, QStringLiteral("SignContractDialog"));
            }
            // The programmes' forms an adult gets (服务项目, Ctrl+K).
            {
                ElderlyServiceDialog d(m_ctx, row.residentId, &window);
                dialog(&d, QStringLiteral("ElderlyServiceDialog"));
            }
            {
                TcmAssessmentDialog d(m_ctx, row.residentId, &window);
                dialog(&d, QStringLiteral("TcmAssessmentDialog"));
            }
            {
                MentalRegistrationDialog d(m_ctx, row.residentId, &window);
                dialog(&d, QStringLiteral("MentalRegistrationDialog"));
            }
            {
                TbRegistrationDialog d(m_ctx, row.residentId, &window);
                dialog(&d, QStringLiteral("TbRegistrationDialog"));
            }
            {
                TbScreenDialog d(m_ctx, row.residentId, &window);
                dialog(&d, QStringLiteral("TbScreenDialog"));
            }
            // A child's health check and a young woman's pregnancy booking, from the demo.
            const auto someone = [this](const char *where) {
                const QByteArray sql = QByteArray("SELECT id FROM resident WHERE deleted = 0 AND "
                                                  "life_date IS NULL AND ") +
                                       where + " ORDER BY rid LIMIT 1";
                Models::SqliteStmt q(Models::sqliteHandle(m_ctx.connection), sql.constData());
                return q.step() ? q.columnText(0) : QString();
            };
            const QString child = someone("birth_date > date('now', '-30 months')");
            QVERIFY(!child.isEmpty());
            {
                ChildCheckDialog d(m_ctx, child, &window);
                dialog(&d, QStringLiteral("ChildCheckDialog"));
            }
            const QString woman = someone("sex = 'F' AND birth_date BETWEEN date('now', "
                                          "'-35 years') AND date('now', '-22 years') AND id NOT "
                                          "IN (SELECT resident_id FROM pregnancy)");
            QVERIFY(!woman.isEmpty());
            {
                PregnancyBookingDialog d(m_ctx, woman, &window);
                dialog(&d, QStringLiteral("PregnancyBookingDialog"));
            }
            {
                ReportSendDialog d(m_ctx, &window);
                dialog(&d, QStringLiteral("ReportSendDialog"));
            }
        }
        QCoreApplication::removeTranslator(&translator);
        Models::CodeTable::setEnglish(false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestScreenTour)
#include "tst_screentour.moc"
