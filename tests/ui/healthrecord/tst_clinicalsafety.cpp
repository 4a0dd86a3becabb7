// GUI: clinical safety (issue 14). The encounter form's Enter only adds a diagnosis, Ctrl+S saves
// and asks first when S/O/A are empty, Tab reaches the diagnosis after A, vital signs are checked
// at the field, stored and shown on the timeline; every clinical form asks before discarding
// input and keeps an encrypted draft that comes back after a crash; the mouse wheel never changes
// a value it merely passes over.
#include "chronicrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "draftstore.h"
#include "encounterdialog.h"
#include "encrypteddb.h"
#include "followupdialog.h"
#include "formguard.h"
#include "healthformdialog.h"
#include "healthrecordrepository.h"
#include "importwizard.h"
#include "residenteditor.h"
#include "residentlistmodel.h"
#include "residentrepository.h"
#include "schemaform.h"
#include "timelinemodel.h"
#include "vitalsignsedit.h"
#include "wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace Gui;

namespace {
// Clicks the button labelled `text` on the next message box that opens; counts the boxes seen
// and keeps the last one's text.
class BoxAnswer : public QObject
{
public:
    explicit BoxAnswer(QString text) : m_text(std::move(text))
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible() || m_handled.contains(box))
                    continue;
                m_handled << box;
                ++seen;
                lastText = box->text();
                lastDefault = box->defaultButton() ? box->defaultButton()->text() : QString();
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == m_text) {
                        b->click();
                        return;
                    }
            }
        });
        m_poll.start(10);
    }
    int seen = 0;
    QString lastText, lastDefault;

private:
    QString m_text;
    QTimer m_poll;
    QList<QMessageBox *> m_handled;
};
// Chinese text arrives through the input method, as on a real keyboard.
void typeText(QWidget *w, const QString &text)
{
    w->setFocus();
    QInputMethodEvent ev;
    ev.setCommitString(text);
    QApplication::sendEvent(w, &ev);
}
} // namespace

class TestClinicalSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void enterInDiagnosisOnlyAddsTheHighlightedSuggestion();
    void tabGoesFromAssessmentToDiagnosis();
    void ctrlSAsksBeforeSavingWithEmptySoa();
    void vitalSignsCheckedStoredAndOnTheTimeline();
    void titlesNameTheResident();
    void escAsksBeforeDiscardingInput_data();
    void escAsksBeforeDiscardingInput();
    void draftComesBackAfterACrash();
    void draftOfAnEncryptedDatabaseIsSealedWithItsKey();
    void wheelDoesNotChangeUnfocusedFields();

private:
    QString resident(int row) const
    {
        return Models::ResidentListModel(m_ctx.connection, m_ctx.scope).residentId(row);
    }
    QString registration() const;
    static void activate(QWidget *w)
    {
        w->show();
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
    }
    int encounterCount(const QString &id) const
    {
        return int(
            Models::HealthRecordRepository(m_ctx.connection).encounters(m_ctx.scope, id)->size());
    }
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestClinicalSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    FormGuard::draftDelay = 30;
    WheelGuard::install();
    m_ctx.connection = QStringLiteral("safety");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("safety.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 300;
    o.seed = 11;
    QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
}

void TestClinicalSafety::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

QString TestClinicalSafety::registration() const
{
    Models::ResidentListModel residents(m_ctx.connection, m_ctx.scope);
    for (int i = 0; i < residents.rowCount(); ++i)
        if (auto regs = Models::ChronicRepository(m_ctx.connection)
                            .registrationsOf(m_ctx.scope, residents.residentId(i));
            regs && !regs->isEmpty() && !regs->first().closedOn.isValid())
            return regs->first().id;
    return {};
}

void TestClinicalSafety::enterInDiagnosisOnlyAddsTheHighlightedSuggestion()
{
    const QString id = resident(1);
    const int before = encounterCount(id);
    EncounterDialog d(m_ctx, id);
    activate(&d);
    typeText(d.findChild<QPlainTextEdit *>(QStringLiteral("subjective")), QStringLiteral("头晕"));
    QTest::keyClicks(d.diagnosisSearch(), QStringLiteral("gxy"));
    QCOMPARE(d.suggestions()->currentItem()->data(Qt::UserRole).toString(),
             QStringLiteral("I10.x00"));
    QTest::keyClick(d.diagnosisSearch(), Qt::Key_Down);
    const QString second = d.suggestions()->currentItem()->data(Qt::UserRole).toString();
    QTest::keyClick(d.diagnosisSearch(), Qt::Key_Return);
    QCOMPARE(d.collect().diagnoses.size(), 1);
    QCOMPARE(d.collect().diagnoses.first().code, second);
    QVERIFY(d.isVisible());
    QCOMPARE(d.result(), 0);
    QCOMPARE(encounterCount(id), before);
    // Enter in the empty field does nothing either.
    QTest::keyClick(d.diagnosisSearch(), Qt::Key_Return);
    QVERIFY(d.isVisible());
    QCOMPARE(encounterCount(id), before);
    d.guard()->saved(); // leave no draft behind
}

void TestClinicalSafety::tabGoesFromAssessmentToDiagnosis()
{
    EncounterDialog d(m_ctx, resident(2));
    activate(&d);
    auto *a = d.findChild<QPlainTextEdit *>(QStringLiteral("assessment"));
    a->setFocus();
    QTRY_VERIFY(a->hasFocus());
    QTest::keyClick(a, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), d.diagnosisSearch());
    // and S is followed by the vital signs
    auto *s = d.findChild<QPlainTextEdit *>(QStringLiteral("subjective"));
    s->setFocus();
    QTest::keyClick(s, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), d.vitals()->field(QStringLiteral("sbp")));
}

void TestClinicalSafety::ctrlSAsksBeforeSavingWithEmptySoa()
{
    const QString id = resident(3);
    const int before = encounterCount(id);
    EncounterDialog d(m_ctx, id);
    activate(&d);
    QTest::keyClicks(d.diagnosisSearch(), QStringLiteral("I10"));
    QTest::keyClick(d.diagnosisSearch(), Qt::Key_Return);
    {
        BoxAnswer back(QStringLiteral("返回填写"));
        QTest::keyClick(d.diagnosisSearch(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(back.seen, 1);
        QCOMPARE(back.lastDefault, QStringLiteral("返回填写"));
    }
    QVERIFY(d.isVisible());
    QCOMPARE(encounterCount(id), before);
    activate(&d);
    {
        BoxAnswer save(QStringLiteral("仍然保存"));
        QTest::keyClick(d.diagnosisSearch(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(save.seen, 1);
    }
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(encounterCount(id), before + 1);
}

void TestClinicalSafety::vitalSignsCheckedStoredAndOnTheTimeline()
{
    const QString id = resident(4);
    EncounterDialog d(m_ctx, id);
    activate(&d);
    typeText(d.findChild<QPlainTextEdit *>(QStringLiteral("subjective")), QStringLiteral("复诊"));
    QLineEdit *sbp = d.vitals()->field(QStringLiteral("sbp"));
    QTest::keyClicks(sbp, QStringLiteral("400"));
    QVERIFY(!d.vitals()->message().isEmpty()); // refused at the field
    d.save();
    QVERIFY(d.isVisible());
    QVERIFY(!d.bannerText().isEmpty());
    sbp->clear();
    QTest::keyClicks(sbp, QStringLiteral("150"));
    QTest::keyClicks(d.vitals()->field(QStringLiteral("dbp")), QStringLiteral("160"));
    d.save(); // systolic must be above diastolic
    QVERIFY(d.isVisible());
    d.vitals()->field(QStringLiteral("dbp"))->clear();
    QTest::keyClicks(d.vitals()->field(QStringLiteral("dbp")), QStringLiteral("95"));
    QTest::keyClicks(d.vitals()->field(QStringLiteral("pulse")), QStringLiteral("80"));
    QTest::keyClicks(d.vitals()->field(QStringLiteral("temperature")), QStringLiteral("36.8"));
    d.save();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const auto stored =
        Models::HealthRecordRepository(m_ctx.connection).encounter(m_ctx.scope, d.saved().id);
    QVERIFY(stored);
    QCOMPARE(stored->vitals.value(QStringLiteral("sbp")).toDouble(), 150.0);
    QCOMPARE(stored->vitals.value(QStringLiteral("temperature")).toDouble(), 36.8);
    Models::TimelineModel timeline(m_ctx.connection, m_ctx.scope);
    QVERIFY(timeline.load(id));
    bool shown = false;
    for (int r = 0; r < timeline.rowCount(); ++r)
        for (int c = 0; c < timeline.columnCount(); ++c)
            shown = shown || timeline.index(r, c).data().toString().contains(u"150/95");
    QVERIFY(shown);
    // The repository refuses an impossible value too (never stored).
    Models::Encounter bad = d.saved();
    bad.vitals.insert(QStringLiteral("pulse"), 900);
    QVERIFY(!Models::HealthRecordRepository(m_ctx.connection).addEncounter(m_ctx.scope, bad));
}

void TestClinicalSafety::titlesNameTheResident()
{
    const QString id = resident(5);
    const auto r = Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, id);
    QVERIFY(r);
    EncounterDialog e(m_ctx, id);
    HealthFormDialog h(m_ctx, id, HealthFormDialog::HealthCheck);
    HealthFormDialog b(m_ctx, id, HealthFormDialog::BasicInfo);
    for (const QDialog *d :
         {static_cast<QDialog *>(&e), static_cast<QDialog *>(&h), static_cast<QDialog *>(&b)}) {
        QVERIFY2(d->windowTitle().contains(r->name), qPrintable(d->windowTitle()));
        QVERIFY2(
            d->windowTitle().contains(QStringLiteral("%1岁").arg(r->ageOn(QDate::currentDate()))),
            qPrintable(d->windowTitle()));
    }
    FollowupDialog f(m_ctx, registration());
    QVERIFY2(f.windowTitle().contains(QStringLiteral("岁")), qPrintable(f.windowTitle()));
}

void TestClinicalSafety::escAsksBeforeDiscardingInput_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("encounter") << "encounter";
    QTest::newRow("health check") << "health_check";
    QTest::newRow("basic info") << "basic_info";
    QTest::newRow("follow-up") << "followup";
    QTest::newRow("resident form") << "resident";
}

void TestClinicalSafety::escAsksBeforeDiscardingInput()
{
    QFETCH(QString, form);
    const QString id = resident(6);
    auto make = [&]() -> QDialog * {
        if (form == QLatin1String("encounter"))
            return new EncounterDialog(m_ctx, id);
        if (form == QLatin1String("health_check"))
            return new HealthFormDialog(m_ctx, id, HealthFormDialog::HealthCheck);
        if (form == QLatin1String("basic_info"))
            return new HealthFormDialog(m_ctx, id, HealthFormDialog::BasicInfo);
        if (form == QLatin1String("resident"))
            return new ResidentEditor(m_ctx, id);
        return new FollowupDialog(m_ctx, registration());
    };
    // Nothing entered: Esc closes at once.
    {
        std::unique_ptr<QDialog> d(make());
        activate(d.get());
        QTest::qWait(20);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : d.get(),
                        Qt::Key_Escape);
        QTRY_VERIFY(!d->isVisible());
    }
    std::unique_ptr<QDialog> d(make());
    activate(d.get());
    QTest::qWait(20);
    QLineEdit *edit = nullptr;
    for (QLineEdit *e : d->findChildren<QLineEdit *>())
        if (e->isVisible() && e->isEnabled() && !e->isReadOnly() &&
            !qobject_cast<QAbstractSpinBox *>(e->parentWidget()) &&
            !qobject_cast<QComboBox *>(e->parentWidget()) && e->validator() == nullptr) {
            edit = e;
            break;
        }
    QVERIFY(edit);
    edit->setFocus();
    typeText(edit, QStringLiteral("测试输入"));
    {
        BoxAnswer keep(QStringLiteral("继续填写"));
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_COMPARE(keep.seen, 1);
        QCOMPARE(keep.lastDefault, QStringLiteral("继续填写"));
    }
    QVERIFY(d->isVisible());
    QVERIFY(edit->text().contains(QStringLiteral("测试输入")));
    const QString draft = d->findChild<FormGuard *>()->draftPath();
    QTRY_VERIFY(QFile::exists(draft));
    {
        BoxAnswer discard(QStringLiteral("放弃"));
        d->close(); // the window's close button
        QTRY_COMPARE(discard.seen, 1);
    }
    QTRY_VERIFY(!d->isVisible());
    QVERIFY(!QFile::exists(draft)); // an explicit discard removes the draft
}

void TestClinicalSafety::draftComesBackAfterACrash()
{
    const QString id = resident(7);
    QString draft;
    {
        auto *d = new EncounterDialog(m_ctx, id);
        activate(d);
        typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("subjective")),
                 QStringLiteral("胸闷气短两周"));
        QTest::keyClicks(d->vitals()->field(QStringLiteral("sbp")), QStringLiteral("146"));
        QTest::keyClicks(d->diagnosisSearch(), QStringLiteral("I10"));
        QTest::keyClick(d->diagnosisSearch(), Qt::Key_Return);
        draft = d->guard()->draftPath();
        QTRY_VERIFY(QFile::exists(draft));
        QTest::qWait(100); // the last change is in the draft
        delete d;          // a crash: never closed, never saved
    }
    QFile f(draft);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(QStringLiteral("胸闷气短两周").toUtf8()));
    QVERIFY(!bytes.contains("I10"));
    QVERIFY(!bytes.contains("146"));

    EncounterDialog again(m_ctx, id);
    BoxAnswer restore(QStringLiteral("恢复草稿"));
    again.show(); // the question comes up as the form opens
    QTRY_COMPARE(restore.seen, 1);
    QTRY_COMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("subjective"))->toPlainText(),
                 QStringLiteral("胸闷气短两周"));
    QCOMPARE(again.vitals()->field(QStringLiteral("sbp"))->text(), QStringLiteral("146"));
    QCOMPARE(again.collect().diagnoses.value(0).code, QStringLiteral("I10"));
    // Saving removes the draft; the next form opens empty, without a question.
    again.save();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QVERIFY(!QFile::exists(draft));
    EncounterDialog third(m_ctx, id);
    BoxAnswer none(QStringLiteral("恢复草稿"));
    activate(&third);
    QTest::qWait(100);
    QCOMPARE(none.seen, 0);
}

void TestClinicalSafety::draftOfAnEncryptedDatabaseIsSealedWithItsKey()
{
    const QString path = m_dir.filePath(QStringLiteral("enc.db"));
    Models::EncryptedDb::setSlotIterations(1000);
    QVERIFY(Models::EncryptedDb::create(path, Models::Crypto::Suite::Commercial));
    Context ctx;
    ctx.connection = QStringLiteral("enc");
    ctx.databasePath = path;
    QVERIFY(Models::openDatabase(ctx.connection, path).ok());
    const Models::DraftStore store(path);
    const auto saved = store.save(QStringLiteral("basic_info"), QStringLiteral("r1"),
                                  {{QStringLiteral("workUnit"), QStringLiteral("县纺织厂")}});
    QVERIFY2(saved, qPrintable(saved.error().message + saved.error().detail));
    const QString draft = store.filePath(QStringLiteral("basic_info"), QStringLiteral("r1"));
    QFile f(draft);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(QStringLiteral("县纺织厂").toUtf8()));
    QCOMPARE(store.load(QStringLiteral("basic_info"), QStringLiteral("r1"))
                 ->value(QStringLiteral("workUnit"))
                 .toString(),
             QStringLiteral("县纺织厂"));
    // The plain database's key file is not used: the key comes from the database.
    QVERIFY(!QFile::exists(path + QStringLiteral(".drafts/draft.key")));
    // Without the database key (locked), the draft cannot be read.
    Models::closeDatabase(ctx.connection);
    Models::EncryptedDb::lock(path);
    QVERIFY(!Models::DraftStore(path).load(QStringLiteral("basic_info"), QStringLiteral("r1")));
}

void TestClinicalSafety::wheelDoesNotChangeUnfocusedFields()
{
    auto wheel = [](QWidget *w) {
        const QPointF pos(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent ev(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &ev);
    };
    // The import wizard's column mapping.
    const QString csv = m_dir.filePath(QStringLiteral("wheel.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("姓名,性别,出生日期,联系电话\n甲,男,1980-01-01,13811112222\n").toUtf8());
    f.close();
    ImportWizard w(m_ctx);
    w.setFile(csv);
    activate(&w);
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
    QComboBox *combo = w.mappingCombo(1);
    QVERIFY(combo && combo->count() > 2);
    combo->setCurrentIndex(1); // the wheel could move it either way
    w.button(QWizard::CancelButton)->setFocus();
    const int index = combo->currentIndex();
    wheel(combo);
    QCOMPARE(combo->currentIndex(), index);
    // A combo box the user clicked into still takes the wheel.
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    wheel(combo);
    QVERIFY(combo->currentIndex() != index);

    // A form in a scroll area: the page scrolls, the field keeps its value.
    FollowupDialog d(m_ctx, registration());
    d.resize(900, 400);
    activate(&d);
    auto *scroll = d.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QComboBox *field = nullptr;
    for (QComboBox *c : scroll->widget()->findChildren<QComboBox *>())
        if (c->isVisible() && c->count() > 1 && !c->hasFocus()) {
            field = c;
            break;
        }
    QVERIFY(field);
    scroll->verticalScrollBar()->setValue(0);
    const int value = field->currentIndex();
    wheel(field);
    QCOMPARE(field->currentIndex(), value);
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
    d.findChild<FormGuard *>()->saved();
}

QTEST_MAIN(TestClinicalSafety)
#include "tst_clinicalsafety.moc"
