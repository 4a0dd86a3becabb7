// GUI: the resident screen (Enter from the residents table), its timeline and badges, the
// health-check form's checks at the field, the import wizard, duplicates, and the PDF.
#include "checkprinter.h"
#include "database.h"
#include "demogenerator.h"
#include "duplicatesdialog.h"
#include "encounterdialog.h"
#include "healthformdialog.h"
#include "healthrecordrepository.h"
#include "importwizard.h"
#include "recordprinter.h"
#include "residentactions.h"
#include "residentlistmodel.h"
#include "residentrepository.h"
#include "residentspage.h"
#include "residentview.h"
#include "schemaform.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Gui;

namespace {
// Qt's PDF writer maps some Noto CJK glyphs back to CJK radical code points (民 -> U+2EA0) in
// the text layer, so pdftotext shows 居⺠; a character of the expected text also matches any
// radical there.
bool pdfTextContains(const QString &pdfText, const QString &expected)
{
    QString pattern;
    for (QChar c : expected)
        pattern += c.unicode() >= 0x3400 ? QStringLiteral("(?:%1|[\\x{2E80}-\\x{2FDF}])").arg(c)
                                         : QRegularExpression::escape(QString(c));
    return pdfText.contains(QRegularExpression(pattern));
}
// A list of 1800 residents with distinct names, birth dates and phones, from a row pattern
// (name suffix, birth date, phone tail).
bool writeList(const QString &path, const QString &rowPattern, const QDate &firstBirth)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QString text = QStringLiteral("姓名,性别,出生日期,联系电话\n");
    for (int i = 0; i < 1800; ++i)
        text += rowPattern.arg(QChar(0x4E00 + i))
                    .arg(firstBirth.addDays(i).toString(Qt::ISODate))
                    .arg(i, 8, 10, QLatin1Char('0'));
    return f.write(text.toUtf8()) > 0;
}
} // namespace

class TestHealthRecordUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void enterOpensResidentScreen();
    void residentScreenShowsTimelineAndBadges();
    void servicesMenuListsWhatApplies();
    void healthCheckRefusedAtTheField();
    void encounterWithCodedDiagnosis();
    void correctEntryFromTimeline();
    void importWizardDryRunThenImport();
    void importWizardProgressAndCancelInsideABatch();
    void importWizardDryRunShowsProgressAndStops();
    void duplicatesScreenMergesAndUndoes();
    void pdfHasCoverAndForm();
    void healthCheckFormPdf();

private:
    QString someResident(int row = 0) const
    {
        Models::ResidentListModel m(m_ctx.connection, m_ctx.scope);
        return m.residentId(row);
    }
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestHealthRecordUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctx.connection = QStringLiteral("gui");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("gui.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 600;
    o.seed = 7;
    QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
}

void TestHealthRecordUi::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestHealthRecordUi::enterOpensResidentScreen()
{
    ResidentsPage page(m_ctx);
    page.setRecordOpener([this](const QString &residentId, QWidget *parent) {
        return ResidentView::open(m_ctx, residentId, parent);
    });
    page.resize(1280, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    QString seen;
    QTimer::singleShot(0, this, [&] {
        if (auto *v = qobject_cast<ResidentView *>(QApplication::activeModalWidget())) {
            seen = v->headerText();
            v->reject();
        }
    });
    QTest::keyClick(page.table(), Qt::Key_Return);
    QVERIFY(seen.contains(page.model()->index(0, 0).data().toString()));
}

void TestHealthRecordUi::residentScreenShowsTimelineAndBadges()
{
    // An elderly resident from the demo has health checks and maybe encounters.
    const auto rows = Models::loadResidentRows(
        m_ctx.connection, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
    QString id;
    for (const Models::Resident &r : rows)
        if (r.ageOn(QDate::currentDate()) >= 65)
            id = r.id;
    if (id.isEmpty())
        QSKIP("no elderly resident among the first rows");
    ResidentView view(m_ctx, id);
    new QAbstractItemModelTester(view.model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
    view.show();
    QVERIFY(view.badges().contains(QStringLiteral("65岁以上")));
    const int all = view.model()->rowCount();
    QVERIFY(all >= 1);
    // newest first
    for (int i = 1; i < all; ++i)
        QVERIFY(view.model()->index(i - 1, 0).data().toString() >=
                view.model()->index(i, 0).data().toString());
    view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(QStringLiteral("record")));
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(view.detail()->toPlainText().contains(QStringLiteral("档案编号")));
}

void TestHealthRecordUi::servicesMenuListsWhatApplies()
{
    // Two programme actions registered as ui/shell does: one for the elderly, one for nobody.
    const auto rows = Models::loadResidentRows(m_ctx.connection, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    QVERIFY(!rows.isEmpty());
    const Models::Resident subject = rows.first();
    QString ranFor;
    registerResidentAction({QStringLiteral("test.match"),
                            [] { return QStringLiteral("匹配的服务"); },
                            QKeySequence(QStringLiteral("Ctrl+Shift+F9")),
                            [&](const Context &, const Models::Resident &r, const QDate &) {
                                return r.id == subject.id;
                            },
                            [&](const Context &, const QString &residentId, QWidget *) {
                                ranFor = residentId;
                                return true;
                            }});
    registerResidentAction(
        {QStringLiteral("test.never"),
         [] { return QStringLiteral("不适用"); },
         {},
         [](const Context &, const Models::Resident &, const QDate &) { return false; },
         [](const Context &, const QString &, QWidget *) { return false; }});
    ResidentView view(m_ctx, subject.id);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<QAction *> actions = view.servicesMenu()->actions();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first()->objectName(), QStringLiteral("test.match"));
    QTest::keyClick(&view, Qt::Key_F9, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ranFor, subject.id);
    QVERIFY(view.changed());
    // Another resident: the action does not apply, the button is disabled.
    ResidentView other(m_ctx, rows.last().id);
    QVERIFY(other.servicesMenu()->isEmpty());
    // Replacing by id keeps one entry.
    registerResidentAction(
        {QStringLiteral("test.never"),
         [] { return QStringLiteral("仍不适用"); },
         {},
         [](const Context &, const Models::Resident &, const QDate &) { return false; },
         [](const Context &, const QString &, QWidget *) { return false; }});
    int never = 0;
    for (const ResidentAction &a : residentActions())
        never += a.id == QLatin1String("test.never");
    QCOMPARE(never, 1);
}

void TestHealthRecordUi::healthCheckRefusedAtTheField()
{
    const QString id = someResident();
    HealthFormDialog d(m_ctx, id, HealthFormDialog::HealthCheck);
    auto *sbp = qobject_cast<QLineEdit *>(d.form()->fieldWidget(QStringLiteral("sbp_left")));
    auto *dbp = qobject_cast<QLineEdit *>(d.form()->fieldWidget(QStringLiteral("dbp_left")));
    QVERIFY(sbp && dbp);
    QTest::keyClicks(sbp, QStringLiteral("400"));
    QVERIFY(
        d.form()->fieldMessage(QStringLiteral("sbp_left")).contains(QStringLiteral("不能保存")));
    sbp->clear();
    QTest::keyClicks(sbp, QStringLiteral("185"));
    QVERIFY(d.form()->fieldMessage(QStringLiteral("sbp_left")).contains(QStringLiteral("180")));
    QTest::keyClicks(dbp, QStringLiteral("95"));
    QVERIFY(d.form()->fieldMessage(QStringLiteral("dbp_left")).contains(QStringLiteral("90")));
    auto *h = qobject_cast<QLineEdit *>(d.form()->fieldWidget(QStringLiteral("height")));
    auto *w = qobject_cast<QLineEdit *>(d.form()->fieldWidget(QStringLiteral("weight")));
    QTest::keyClicks(h, QStringLiteral("160"));
    QTest::keyClicks(w, QStringLiteral("72"));
    QCOMPARE(qobject_cast<QLineEdit *>(d.form()->fieldWidget(QStringLiteral("bmi")))->text(),
             QStringLiteral("28.1"));
    // Implausible pulse: the doctor is asked; saying no stores nothing, yes stores.
    auto *pulse = qobject_cast<QLineEdit *>(d.form()->fieldWidget(QStringLiteral("pulse")));
    QTest::keyClicks(pulse, QStringLiteral("36"));
    int asked = 0;
    d.confirm = [&](const QString &) { return ++asked > 1; };
    const int before =
        int(Models::HealthRecordRepository(m_ctx.connection).healthChecks(m_ctx.scope, id)->size());
    d.save();
    QCOMPARE(asked, 1);
    QCOMPARE(
        int(Models::HealthRecordRepository(m_ctx.connection).healthChecks(m_ctx.scope, id)->size()),
        before);
    d.save();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(
        int(Models::HealthRecordRepository(m_ctx.connection).healthChecks(m_ctx.scope, id)->size()),
        before + 1);
}

void TestHealthRecordUi::encounterWithCodedDiagnosis()
{
    const QString id = someResident(1);
    EncounterDialog d(m_ctx, id);
    QTest::keyClicks(d.diagnosisSearch(), QStringLiteral("I10"));
    QTest::keyClick(d.diagnosisSearch(), Qt::Key_Return);
    QCOMPARE(d.collect().diagnoses.size(), 1);
    QCOMPARE(d.collect().diagnoses.first().code, QStringLiteral("I10"));
    // (with S, O and A all empty, saving would ask first: tst_clinicalsafety)
    d.findChild<QPlainTextEdit *>(QStringLiteral("subjective"))
        ->setPlainText(QStringLiteral("头痛"));
    d.save();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.saved().diagnoses.first().version, QStringLiteral("icd10-cn-primary-2024.1"));
}

void TestHealthRecordUi::correctEntryFromTimeline()
{
    const QString id = someResident(4);
    Models::HealthRecordRepository repo(m_ctx.connection);
    Models::Encounter e;
    e.residentId = id;
    e.visitDate = QDate::currentDate().addDays(-2);
    e.subjective = QStringLiteral("咳嗽三天");
    auto first = repo.addEncounter(m_ctx.scope, e);
    QVERIFY(first);
    ResidentView view(m_ctx, id);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(QStringLiteral("encounter")));
    QCOMPARE(view.timeline()->currentIndex().data(Models::TimelineModel::EntryIdRole).toString(),
             first->id);
    // F2 opens the same form, filled in; the doctor changes the complaint and saves.
    bool sawForm = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *d = qobject_cast<EncounterDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        poll.stop();
        sawForm = true;
        QCOMPARE(d->objectName(), QStringLiteral("correctEncounter"));
        auto *s = d->findChild<QPlainTextEdit *>(QStringLiteral("subjective"));
        QCOMPARE(s->toPlainText(), QStringLiteral("咳嗽三天"));
        QVERIFY(d->bannerText().contains(QStringLiteral("更正")));
        s->setFocus();
        s->selectAll();
        QInputMethodEvent ev;
        ev.setCommitString(QStringLiteral("咳嗽五天，夜间加重"));
        QApplication::sendEvent(s, &ev);
        d->save(); // (Ctrl+S in the app; the offscreen platform does not activate nested dialogs)
        if (d->isVisible()) {
            qWarning() << "still open:" << d->bannerText();
            d->reject();
        }
    });
    poll.start();
    view.timeline()->setFocus();
    QTest::keyClick(view.timeline(), Qt::Key_F2);
    QTRY_VERIFY(sawForm);
    poll.stop();
    QVERIFY(view.changed());
    // The timeline shows the new version, marked, with the earlier one readable below it.
    const QModelIndex cur = view.timeline()->currentIndex();
    const QString newId = cur.data(Models::TimelineModel::EntryIdRole).toString();
    QVERIFY(newId != first->id);
    QCOMPARE(repo.encounter(m_ctx.scope, newId)->supersedes, first->id);
    QCOMPARE(repo.encounter(m_ctx.scope, newId)->subjective, QStringLiteral("咳嗽五天，夜间加重"));
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(view.model()
                ->index(cur.row(), Models::TimelineModel::Title)
                .data()
                .toString()
                .contains(QStringLiteral("已更正")));
    const QString detail = view.detail()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("咳嗽五天")) &&
                 detail.contains(QStringLiteral("咳嗽三天")),
             qPrintable(detail));
    // A health check: F2 opens the 健康体检表 filled in; the corrected value is stored as a new
    // version.
    Models::HealthCheck h;
    h.residentId = id;
    h.checkDate = QDate::currentDate().addDays(-1);
    h.form = QJsonObject{{QStringLiteral("sbp_left"), 150}, {QStringLiteral("dbp_left"), 90}};
    auto check = repo.addHealthCheck(m_ctx.scope, h, true);
    QVERIFY(check);
    view.reload();
    view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(QStringLiteral("health_check")));
    QCOMPARE(view.timeline()->currentIndex().data(Models::TimelineModel::EntryIdRole).toString(),
             check->id);
    bool sawCheck = false;
    QTimer poll2;
    poll2.setInterval(20);
    connect(&poll2, &QTimer::timeout, this, [&] {
        auto *d = qobject_cast<HealthFormDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        poll2.stop();
        sawCheck = true;
        QCOMPARE(d->objectName(), QStringLiteral("correctHealthCheck"));
        QCOMPARE(d->dateEdit()->date(), h.checkDate);
        QCOMPARE(d->form()->values().value(QStringLiteral("sbp_left")).toVariant().toInt(), 150);
        QJsonObject v = d->form()->values();
        v.insert(QStringLiteral("sbp_left"), 135);
        d->form()->setValues(v);
        d->confirm = [](const QString &) { return true; };
        d->save();
        if (d->isVisible()) {
            qWarning() << "still open:" << d->bannerText();
            d->reject();
        }
    });
    poll2.start();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.timeline()->setFocus();
    QTest::keyClick(view.timeline(), Qt::Key_F2);
    QTRY_VERIFY(sawCheck);
    const QString newCheck =
        view.timeline()->currentIndex().data(Models::TimelineModel::EntryIdRole).toString();
    QVERIFY(newCheck != check->id);
    QCOMPARE(repo.healthCheck(m_ctx.scope, newCheck)->supersedes, check->id);
    QCOMPARE(repo.healthCheck(m_ctx.scope, newCheck)
                 ->form.value(QStringLiteral("sbp_left"))
                 .toVariant()
                 .toInt(),
             135);
    QVERIFY(view.detail()->toPlainText().contains(QStringLiteral("已更正")));

    // Entries of other kinds cannot be corrected here: the button is disabled for them.
    view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(QStringLiteral("record")));
    QPushButton *button = nullptr;
    for (QPushButton *b : view.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("更正")))
            button = b;
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
}

void TestHealthRecordUi::importWizardDryRunThenImport()
{
    const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("姓名,性别,出生日期,联系电话\n新居民甲,男,1980-01-01,13811112222\n,女,"
                           "1980-01-01,\n新居民乙,女,1990-13-01,\n")
                .toUtf8());
    f.close();
    ImportWizard w(m_ctx);
    w.setFile(csv);
    w.show();
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
    auto *village = w.findChild<QComboBox *>(QStringLiteral("defaultVillage"));
    village->setCurrentIndex(1);
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::DryRunPage));
    QVERIFY(w.report().dryRun);
    QCOMPARE(w.report().imported, 1);
    QCOMPARE(w.report().failed, 2);
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::ImportPage));
    QVERIFY(!w.report().dryRun);
    QCOMPARE(w.report().imported, 1);
    QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("importReport"))
                ->toPlainText()
                .contains(QStringLiteral("第 3 行")));
    const QString reportPath = m_dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(w.report().save(reportPath));
    QVERIFY(QFile(reportPath).size() > 0);
}

void TestHealthRecordUi::importWizardProgressAndCancelInsideABatch()
{
    // 1800 rows go in one 20,000-row batch: the bar still moves inside it, and Cancel rolls the
    // batch back (nothing of this file is stored) and says so.
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeList(csv, QStringLiteral("批量居民%1,男,%2,139%3\n"), QDate(1950, 1, 1)));
    const auto before = Models::ResidentRepository(m_ctx.connection).count(m_ctx.scope);
    QVERIFY(before);
    ImportWizard w(m_ctx);
    w.setFile(csv);
    w.show();
    w.next();
    w.findChild<QComboBox *>(QStringLiteral("defaultVillage"))->setCurrentIndex(1);
    w.next();
    QCOMPARE(w.report().imported, 1800);
    auto *bar = w.findChild<QProgressBar *>(QStringLiteral("importProgress"));
    auto *cancel = w.findChild<QPushButton *>(QStringLiteral("cancelImport"));
    QVERIFY(bar && cancel);
    QList<int> values;
    connect(bar, &QProgressBar::valueChanged, this, [&](int v) {
        values << v;
        if (v >= 1000 && cancel->isEnabled())
            cancel->click();
    });
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::ImportPage));
    QVERIFY(values.contains(500));
    QVERIFY(values.contains(1000));
    QVERIFY(w.report().cancelled);
    QCOMPARE(w.report().imported, 0);
    QCOMPARE(w.report().committedThroughLine, 0);
    QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("importReport"))
                ->toPlainText()
                .contains(QStringLiteral("没有任何行写入数据库")));
    const auto after = Models::ResidentRepository(m_ctx.connection).count(m_ctx.scope);
    QVERIFY(after);
    QCOMPARE(*after, *before);
}

void TestHealthRecordUi::importWizardDryRunShowsProgressAndStops()
{
    // Checking a long list moves its own bar; 停止检查 stops it, the wizard then refuses to go on
    // to the import (a stopped check is no check), and checking again from the mapping page works.
    const QString csv = m_dir.filePath(QStringLiteral("check.csv"));
    QVERIFY(writeList(csv, QStringLiteral("检查居民%1,女,%2,138%3\n"), QDate(1960, 1, 1)));
    ImportWizard w(m_ctx);
    w.setFile(csv);
    w.show();
    w.next();
    w.findChild<QComboBox *>(QStringLiteral("defaultVillage"))->setCurrentIndex(1);
    auto *bar = w.findChild<QProgressBar *>(QStringLiteral("dryRunProgress"));
    auto *stop = w.findChild<QPushButton *>(QStringLiteral("stopDryRun"));
    QVERIFY(bar && stop);
    QList<int> values;
    bool stopOnce = true;
    auto c = connect(bar, &QProgressBar::valueChanged, this, [&](int v) {
        values << v;
        if (v >= 1000 && stopOnce && stop->isEnabled()) {
            stopOnce = false;
            stop->click();
        }
    });
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::DryRunPage));
    QVERIFY(values.contains(500));
    QVERIFY(w.report().cancelled);
    QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("dryRunReport"))
                ->toPlainText()
                .contains(QStringLiteral("检查已停止")));
    w.next(); // refused: nothing was imported
    QCOMPARE(w.currentId(), int(ImportWizard::DryRunPage));
    disconnect(c);
    w.back();
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::DryRunPage));
    QVERIFY(!w.report().cancelled);
    QCOMPARE(w.report().imported, 1800);
    QCOMPARE(bar->value(), 1800);
}

void TestHealthRecordUi::duplicatesScreenMergesAndUndoes()
{
    // Make a duplicate of an existing resident (same name and birth date, no identity number).
    auto original =
        Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, someResident(2));
    QVERIFY(original);
    Models::Resident copy = *original;
    copy.id.clear();
    copy.idNumber = QStringLiteral("");
    copy.householdId.clear();
    copy.relation = QStringLiteral("");
    QVERIFY(Models::ResidentRepository(m_ctx.connection).create(m_ctx.scope, copy));
    DuplicatesDialog d(m_ctx);
    QVERIFY(d.pairCount() >= 1);
    const qint64 before = *Models::ResidentRepository(m_ctx.connection).count(m_ctx.scope);
    d.mergeKeeping(true);
    QCOMPARE(*Models::ResidentRepository(m_ctx.connection).count(m_ctx.scope), before - 1);
    d.undoLast();
    QCOMPARE(*Models::ResidentRepository(m_ctx.connection).count(m_ctx.scope), before);
}

void TestHealthRecordUi::pdfHasCoverAndForm()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");
    const QString id = someResident(3);
    auto r = Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, id);
    QVERIFY(Models::HealthRecordRepository(m_ctx.connection)
                .saveBasicInfo(m_ctx.scope, Models::BasicInfo{id,
                                                              QStringLiteral("示范砖厂"),
                                                              {},
                                                              {},
                                                              QJsonObject{{QStringLiteral("abo"),
                                                                           QStringLiteral("2")}}}));
    const QString pdf = m_dir.filePath(QStringLiteral("record.pdf"));
    QVERIFY(RecordPrinter::savePdf(m_ctx.connection, m_ctx.scope, id, pdf));
    QVERIFY(QFile(pdf).size() > 1000);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished());
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))),
             qPrintable(infoText));
    QVERIFY2(infoText.contains(QStringLiteral("A4")), qPrintable(infoText));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdfTextContains(out, r->name), qPrintable(out.left(400)));
    QVERIFY(pdfTextContains(out, QStringLiteral("居民健康档案")));
    QVERIFY(pdfTextContains(out, QStringLiteral("个人基本信息表")));
    QVERIFY(pdfTextContains(out, QStringLiteral("B型")));
    QVERIFY(out.contains(r->recordNo));
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished());
    QVERIFY(QString::fromUtf8(fonts.readAllStandardOutput()).contains(QStringLiteral("CJK")));
}

void TestHealthRecordUi::healthCheckFormPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");
    const QString id = someResident(5);
    auto r = Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, id);
    Models::HealthCheck h;
    h.residentId = id;
    h.checkDate = QDate::currentDate().addDays(-1);
    h.doctor = QStringLiteral("王医生");
    h.form = QJsonObject{
        {QStringLiteral("sbp_left"), 146},
        {QStringLiteral("dbp_left"), 92},
        {QStringLiteral("height"), 160},
        {QStringLiteral("weight"), 64},
        {QStringLiteral("fbg"), 7.8},
        {QStringLiteral("evaluation"), QStringLiteral("2")},
        {QStringLiteral("abnormal_1"), QStringLiteral("血压偏高")},
        {QStringLiteral("medications"),
         QJsonArray{QJsonObject{{QStringLiteral("drug"), QStringLiteral("硝苯地平缓释片")}}}}};
    auto saved =
        Models::HealthRecordRepository(m_ctx.connection).addHealthCheck(m_ctx.scope, h, true);
    QVERIFY(saved);
    QCOMPARE(CheckPrinter::checkFor(m_ctx.connection, m_ctx.scope, id, saved->id),
             saved->id); // the check selected in the timeline
    QVERIFY(!CheckPrinter::checkFor(m_ctx.connection, m_ctx.scope, id)
                 .isEmpty()); // else the latest one
    const QString pdf = m_dir.filePath(QStringLiteral("check.pdf"));
    QVERIFY(CheckPrinter::savePdf(m_ctx.connection, m_ctx.scope, saved->id, pdf));
    if (qEnvironmentVariableIsSet("KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("KEEP_PDF"));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished());
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    // Every section of the paper form, blank items included: more than one A4 page. (Long section
    // names wrap in their column, so the text layer is checked for their first words.)
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(infoText);
    QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 2 && pages.captured(1).toInt() <= 6,
             qPrintable(infoText));
    QVERIFY2(infoText.contains(QStringLiteral("A4")), qPrintable(infoText));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdfTextContains(out, r->name), qPrintable(out.left(400)));
    QVERIFY(out.contains(r->recordNo));
    for (const QString &expected :
         {QStringLiteral("健康体检表"), QStringLiteral("症状"), QStringLiteral("一般状况"),
          QStringLiteral("生活方式"), QStringLiteral("脏器功能"), QStringLiteral("查体"),
          QStringLiteral("辅助检查"), QStringLiteral("现存主要"), QStringLiteral("住院治疗"),
          QStringLiteral("主要用药"), QStringLiteral("非免疫规"), QStringLiteral("健康评价"),
          QStringLiteral("健康指导"), QStringLiteral("王医生"), QStringLiteral("血压偏高"),
          QStringLiteral("硝苯地平缓释片")})
        QVERIFY2(pdfTextContains(QString(out).remove(QRegularExpression(QStringLiteral("\\s"))),
                                 expected),
                 qPrintable(expected));
    for (const QString &value :
         {QStringLiteral("146"), QStringLiteral("92"), QStringLiteral("7.8"), QStringLiteral("25")})
        QVERIFY2(out.contains(value), qPrintable(value));
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished());
    const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
    QVERIFY(fontList.contains(QStringLiteral("CJK")));
    // Every CJK font is embedded (the "emb" column of pdffonts).
    static const QRegularExpression flags(
        QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    for (const QString &line : fontList.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral("CJK")))
            QVERIFY2(flags.match(line).captured(1) == QLatin1String("yes"), qPrintable(line));
}

QTEST_MAIN(TestHealthRecordUi)
#include "tst_healthrecordui.moc"
