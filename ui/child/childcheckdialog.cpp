#include "childcheckdialog.h"

#include "childcheckrepository.h"
#include "childschedule.h"
#include "formguard.h"
#include "growthchart.h"
#include "messagebanner.h"
#include "residentrepository.h"
#include "residenttitle.h"
#include "sourcewords.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <limits>

namespace Gui {

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
const QDate NoDate(2000, 1, 1);

double number(const QLineEdit *e, bool *bad)
{
    const QString t = e->text().trimmed();
    if (t.isEmpty())
        return NaN;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        *bad = true;
    return ok ? v : NaN;
}

QLineEdit *numberEdit(QWidget *parent, const QString &name, const QString &hint)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(hint);
    e->setMaximumWidth(140);
    return e;
}
} // namespace

ChildCheckDialog::ChildCheckDialog(const Context &context, const QString &residentId,
                                   QWidget *parent, bool newbornVisit)
    : QDialog(parent), m_context(context), m_residentId(residentId), m_newborn(newbornVisit)
{
    if (auto r = Models::ResidentRepository(context.connection).findById(context.scope, residentId))
        m_resident = *r;
    setWindowTitle(
        residentTitle(m_resident, newbornVisit ? tr("新生儿家庭访视") : tr("儿童健康检查")));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("checkDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_formLabel = new QLabel(this);
    m_formLabel->setObjectName(QStringLiteral("formKind"));
    m_weight = numberEdit(this, QStringLiteral("weight"), tr("kg"));
    m_length = numberEdit(this, QStringLiteral("length"), tr("cm"));
    m_position = new QComboBox(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->addItem(tr("卧位（身长）"), false);
    m_position->addItem(tr("立位（身高）"), true);
    m_head = numberEdit(this, QStringLiteral("head"), tr("cm"));
    m_hb = numberEdit(this, QStringLiteral("hb"), tr("g/L"));
    m_feeding = new QComboBox(this);
    m_feeding->setObjectName(QStringLiteral("feeding"));
    addSourceItems(m_feeding, "Gui::ChildCheckDialog",
                   {"", QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "纯母乳"),
                    QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "混合"),
                    QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "人工")});
    m_vitaminD = numberEdit(this, QStringLiteral("vitaminD"), tr("IU/日，未服填0"));
    m_outdoor = numberEdit(this, QStringLiteral("outdoor"), tr("小时/日"));
    m_teeth = numberEdit(this, QStringLiteral("teeth"), tr("颗"));
    m_caries = numberEdit(this, QStringLiteral("caries"), tr("颗"));
    m_vision = new QLineEdit(this);
    m_vision->setObjectName(QStringLiteral("vision"));
    m_vision->setPlaceholderText(tr("如 左4.9 右5.0"));
    m_hearing = new QComboBox(this);
    m_hearing->setObjectName(QStringLiteral("hearing"));
    addSourceItems(m_hearing, "Gui::ChildCheckDialog",
                   {"", QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "通过"),
                    QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "未通过"),
                    QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "未筛查")});
    m_development = new QComboBox(this);
    m_development->setObjectName(QStringLiteral("development"));
    m_development->addItems({tr("未见预警征象"), tr("有预警征象")});
    m_illness = new QLineEdit(this);
    m_illness->setObjectName(QStringLiteral("illness"));
    m_illness->setPlaceholderText(tr("两次随访间患病情况，如 肺炎1次"));
    m_referral = new QLineEdit(this);
    m_referral->setObjectName(QStringLiteral("referral"));
    m_referral->setPlaceholderText(tr("转诊原因及机构，无则不填"));
    m_guidance = new QLineEdit(this);
    m_guidance->setObjectName(QStringLiteral("guidance"));
    m_guidance->setPlaceholderText(tr("科学喂养、生长发育、疾病预防、预防伤害、口腔保健"));
    m_next = new QDateEdit(this);
    m_next->setObjectName(QStringLiteral("nextDate"));
    m_next->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_next->setCalendarPopup(true);
    m_next->setMinimumDate(NoDate);
    m_next->setSpecialValueText(tr("未定"));
    m_next->setDate(NoDate);
    m_assessment = new QLabel(this);
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_assessment->setWordWrap(true);
    m_assessment->setTextFormat(Qt::RichText);
    m_assessment->setMinimumWidth(300);
    m_assessment->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_assessment->setMinimumHeight(m_assessment->fontMetrics().lineSpacing() * 7);

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(left, QStringLiteral("check_date"), tr("随访日期(&D)"), m_date);
    left->addRow(tr("表单"), m_formLabel);
    addField(left, QStringLiteral("weight_kg"), tr("体重(&W)"), m_weight);
    auto *lengthRow = new QWidget(this);
    auto *lh = new QHBoxLayout(lengthRow);
    lh->setContentsMargins(0, 0, 0, 0);
    lh->addWidget(m_length);
    lh->addWidget(m_position);
    lh->addStretch();
    lengthRow->setFocusProxy(m_length);
    addField(left, QStringLiteral("length_cm"), tr("身长/身高(&L)"), lengthRow);
    m_errors.insert(QStringLiteral("height_cm"), m_errors.value(QStringLiteral("length_cm")));
    addField(left, QStringLiteral("head_cm"), tr("头围(&H)"), m_head);
    addField(left, QStringLiteral("hb_g_l"), tr("血红蛋白(&B)"), m_hb);
    addField(left, QStringLiteral("feeding"), tr("喂养方式(&F)"), m_feeding);
    if (m_newborn) {
        m_birthWeeks = numberEdit(this, QStringLiteral("birthWeeks"), tr("周"));
        m_birthWeight = numberEdit(this, QStringLiteral("birthWeight"), tr("g"));
        m_birthLength = numberEdit(this, QStringLiteral("birthLength"), tr("cm"));
        m_feeds = numberEdit(this, QStringLiteral("feeds"), tr("次/日"));
        m_jaundice = new QLineEdit(this);
        m_jaundice->setObjectName(QStringLiteral("jaundice"));
        m_jaundice->setPlaceholderText(tr("无，或部位：面部、躯干、四肢、手足"));
        m_cord = new QComboBox(this);
        m_cord->setObjectName(QStringLiteral("cord"));
        addSourceItems(m_cord, "Gui::ChildCheckDialog",
                       {"", QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "未脱"),
                        QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "脱落"),
                        QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "脐部有渗出"),
                        QT_TRANSLATE_NOOP("Gui::ChildCheckDialog", "其他")});
        addField(left, QStringLiteral("birth_weeks"), tr("出生孕周(&K)"), m_birthWeeks);
        addField(left, QStringLiteral("birth_weight_g"), tr("出生体重(&Y)"), m_birthWeight);
        addField(left, QStringLiteral("birth_length_cm"), tr("出生身长(&U)"), m_birthLength);
        addField(left, QStringLiteral("feeds"), tr("吃奶次数(&M)"), m_feeds);
        addField(left, QStringLiteral("jaundice"), tr("黄疸部位(&J)"), m_jaundice);
        addField(left, QStringLiteral("cord"), tr("脐带(&Q)"), m_cord);
    }
    addField(left, QStringLiteral("vitamin_d"), tr("维生素D(&V)"), m_vitaminD);
    addField(left, QStringLiteral("outdoor"), tr("户外活动(&O)"), m_outdoor);
    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(right, QStringLiteral("teeth"), tr("出牙数(&T)"), m_teeth);
    addField(right, QStringLiteral("caries"), tr("龋齿数(&C)"), m_caries);
    addField(right, QStringLiteral("vision"), tr("视力(&S)"), m_vision);
    addField(right, QStringLiteral("hearing"), tr("听力(&E)"), m_hearing);
    addField(right, QStringLiteral("development"), tr("发育评估(&A)"), m_development);
    addField(right, QStringLiteral("illness"), tr("患病情况(&I)"), m_illness);
    addField(right, QStringLiteral("referral"), tr("转诊(&R)"), m_referral);
    addField(right, QStringLiteral("guidance"), tr("指导(&G)"), m_guidance);
    addField(right, QStringLiteral("next_date"), tr("下次随访(&N)"), m_next);

    auto *grid = new QGridLayout;
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    auto *assessBox = new QLabel(tr("生长评价（WHO 2006）"), this);
    grid->addWidget(assessBox, 1, 0, 1, 2);
    grid->addWidget(m_assessment, 2, 0, 1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存 (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto *chart = buttons->addButton(tr("生长曲线 (Ctrl+G)"), QDialogButtonBox::ActionRole);
    chart->setObjectName(QStringLiteral("chartButton"));
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *p = qobject_cast<QPushButton *>(b)) {
            p->setAutoDefault(false);
            p->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::accepted, this, &ChildCheckDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChildCheckDialog::reject);
    connect(chart, &QPushButton::clicked, this, &ChildCheckDialog::showChart);

    auto *body = new QWidget(this);
    auto *bl = new QVBoxLayout(body);
    bl->addLayout(grid);
    bl->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    for (QLineEdit *e : {m_weight, m_length, m_head})
        connect(e, &QLineEdit::textChanged, this, &ChildCheckDialog::refresh);
    connect(m_position, &QComboBox::currentIndexChanged, this, &ChildCheckDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &ChildCheckDialog::refresh);
    // Below two years a child is measured lying, from two years standing.
    if (m_resident.birthDate.isValid() && m_resident.birthDate.addYears(2) <= QDate::currentDate())
        m_position->setCurrentIndex(1);
    refresh();
    if (!context.scope.can(QStringLiteral("maternal.write")))
        m_banner->showMessage(tr("您的角色无权记录儿童健康检查"), MessageBanner::Error);
    m_guard = new FormGuard(this, context, QStringLiteral("child_check"), residentId);
    m_weight->setFocus();
}

QWidget *ChildCheckDialog::addField(QFormLayout *form, const QString &field, const QString &label,
                                    QWidget *w)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(w);
    auto *error = new QLabel(box);
    error->setObjectName(field + QStringLiteral("_error"));
    error->setStyleSheet(QStringLiteral("color:#b00020"));
    error->setWordWrap(true);
    error->hide();
    v->addWidget(error);
    auto *l = new QLabel(label, this);
    l->setBuddy(w->focusProxy() ? w->focusProxy() : w);
    form->addRow(l, box);
    m_errors.insert(field, error);
    return box;
}

Models::ChildCheck ChildCheckDialog::draft() const
{
    Models::ChildCheck c;
    c.residentId = m_residentId;
    c.checkDate = m_date->date();
    bool bad = false;
    c.weightKg = number(m_weight, &bad);
    c.lengthCm = number(m_length, &bad);
    c.standing = m_position->currentData().toBool();
    c.headCm = number(m_head, &bad);
    c.hb = number(m_hb, &bad);
    c.kind = m_newborn ? QStringLiteral("newborn") : QString();
    QJsonObject f;
    auto put = [&f](const char *key, const QString &v) {
        if (!v.trimmed().isEmpty())
            f.insert(QLatin1String(key), v.trimmed());
    };
    put("feeding", sourceText(m_feeding));
    if (m_newborn) {
        put("birth_weeks", m_birthWeeks->text());
        put("birth_weight_g", m_birthWeight->text());
        put("birth_length_cm", m_birthLength->text());
        put("feeds_per_day", m_feeds->text());
        put("jaundice", m_jaundice->text());
        put("cord", sourceText(m_cord));
    }
    put("vitamin_d_iu", m_vitaminD->text());
    put("outdoor_hours", m_outdoor->text());
    put("teeth", m_teeth->text());
    put("caries", m_caries->text());
    put("vision", m_vision->text());
    put("hearing", sourceText(m_hearing));
    f.insert(QStringLiteral("development_warning"), m_development->currentIndex() == 1);
    put("illness", m_illness->text());
    put("referral", m_referral->text());
    put("guidance", m_guidance->text());
    c.form = f;
    if (m_next->date() != NoDate)
        c.nextDate = m_next->date();
    return c;
}

void ChildCheckDialog::refresh()
{
    const QDate on = m_date->date();
    m_kind = m_newborn ? QStringLiteral("newborn")
                       : Models::ChildSchedule::formFor(m_resident.birthDate, on);
    const Models::ChildCheckWindow w =
        Models::ChildSchedule::get().windowOn(m_resident.birthDate, on);
    m_formLabel->setText(
        Models::ChildCheck::kindLabel(m_kind) +
        (w.code.isEmpty() ? QString() : QStringLiteral("（%1）").arg(w.displayLabel())));
    const Models::ChildCheck c = draft();
    Models::GrowthInput in;
    in.sex = m_resident.sex;
    in.birth = m_resident.birthDate;
    in.on = on;
    in.weightKg = c.weightKg;
    in.lengthCm = c.lengthCm;
    in.standing = c.standing;
    in.headCm = c.headCm;
    if (c.weightKg != c.weightKg && c.lengthCm != c.lengthCm && c.headCm != c.headCm) {
        m_assessment->setText(tr("填写体重、身长（身高）或头围后即时评价。"));
        return;
    }
    if (auto ok = Models::validateGrowthInput(in, QDate::currentDate()); !ok) {
        m_assessment->setText(ok.error().message.toHtmlEscaped());
        return;
    }
    const Models::GrowthAssessment a = Models::assessGrowth(in);
    QStringList lines;
    for (const Models::GrowthIndicatorResult &r : a.indicators)
        lines << (r.hasZ() ? tr("%1：Z = %2，%3").arg(r.label).arg(r.z, 0, 'f', 2).arg(r.band)
                           : tr("%1：%2").arg(r.label, r.note))
                     .toHtmlEscaped();
    QString html = lines.join(QStringLiteral("<br>"));
    if (!a.flags.isEmpty())
        html += QStringLiteral("<br><b style='color:#b00020'>%1</b>")
                    .arg(a.flagLabels().join(tr("、")).toHtmlEscaped());
    m_assessment->setText(html);
}

QString ChildCheckDialog::assessmentText() const
{
    return m_assessment->text();
}

void ChildCheckDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    m_banner->clear();
}

void ChildCheckDialog::showError(const Models::Error &e)
{
    if (QLabel *l = m_errors.value(e.field)) {
        l->setText(e.message);
        l->show();
    } else {
        m_banner->showMessage(e.message, MessageBanner::Error);
    }
}

QString ChildCheckDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void ChildCheckDialog::save()
{
    clearErrors();
    bool bad = false;
    for (auto [edit, field] : {std::pair{m_weight, "weight_kg"},
                               {m_length, "length_cm"},
                               {m_head, "head_cm"},
                               {m_hb, "hb_g_l"}}) {
        bool b = false;
        number(edit, &b);
        if (b) {
            showError(Models::makeError(QStringLiteral("child.number"), tr("请填写数字"),
                                        QLatin1String(field)));
            bad = true;
        }
    }
    if (bad)
        return;
    auto r = Models::ChildCheckRepository(m_context.connection).record(m_context.scope, draft());
    if (!r) {
        showError(r.error());
        return;
    }
    m_guard->saved();
    accept();
}

void ChildCheckDialog::reject()
{
    if (m_guard && !m_guard->allowClose())
        return;
    QDialog::reject();
}

void ChildCheckDialog::showChart()
{
    QDialog d(this);
    d.setWindowTitle(residentTitle(m_resident, tr("生长曲线")));
    auto *chart = new GrowthChart(m_context, m_residentId, &d);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *l = new QVBoxLayout(&d);
    l->addWidget(chart, 1);
    l->addWidget(buttons);
    d.resize(900, 620);
    d.exec();
}

} // namespace Gui
