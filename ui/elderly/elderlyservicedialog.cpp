#include "elderlyservicedialog.h"

#include "elderlyrepository.h"
#include "formguard.h"
#include "healthformdialog.h"
#include "healthrecordrepository.h"
#include "messagebanner.h"
#include "registrationdialog.h"
#include "residenttitle.h"
#include "schemaform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {
const Models::SelfCareRules &rules()
{
    return Models::SelfCareRules::standard();
}

QComboBox *yesNo(QWidget *parent, const QString &name, const QString &negative,
                 const QString &positive)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItem(ElderlyServiceDialog::tr("（未做）"), QVariant());
    c->addItem(negative, 0);
    c->addItem(positive, 1);
    return c;
}
} // namespace

ElderlyServiceDialog::ElderlyServiceDialog(const Context &context, const QString &residentId,
                                           QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setObjectName(QStringLiteral("elderlyServiceDialog"));
    setWindowTitle(residentTitle(m_context, m_residentId, tr("老年人健康管理（年度服务）")));
    resize(980, 640);
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    top->addWidget(new QLabel(tr("服务日期"), this));
    top->addWidget(m_date);
    top->addStretch();
    outer->addLayout(top);
    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs, 1);

    // 1 生活方式和健康状况评估
    auto *assess = new QWidget(this);
    auto *grid = new QGridLayout(assess);
    auto *selfCare = new QGroupBox(tr("老年人生活自理能力评估表"), assess);
    auto *sc = new QFormLayout(selfCare);
    for (const auto &item : rules().items()) {
        auto *c = new QComboBox(selfCare);
        c->setObjectName(QStringLiteral("selfcare_") + item.code);
        c->addItem(tr("（请选择）"), QVariant());
        for (int l = 0; l < 4; ++l)
            if (item.choices.at(l) != QStringLiteral("—"))
                c->addItem(tr("%1（%2分）：%3")
                               .arg(rules().levelLabel(l))
                               .arg(item.points.at(l))
                               .arg(item.displayChoice(l)),
                           l);
        c->setProperty("code", item.code);
        c->setMinimumContentsLength(18);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_selfCare << c;
        c->setToolTip(item.displayLabel());
        sc->addRow(item.shortLabel(), c);
        connect(c, &QComboBox::currentIndexChanged, this, &ElderlyServiceDialog::refresh);
    }
    m_selfCareTotal = new QLabel(selfCare);
    m_selfCareTotal->setObjectName(QStringLiteral("selfcareTotal"));
    sc->addRow(tr("总评分"), m_selfCareTotal);
    grid->addWidget(selfCare, 0, 0, 2, 1);
    auto *screens = new QGroupBox(tr("健康状态与认知、情感"), assess);
    auto *sf = new QFormLayout(screens);
    m_rating = new QComboBox(screens);
    m_rating->setObjectName(QStringLiteral("selfRating"));
    m_rating->addItem(tr("（请选择）"), QVariant());
    const QStringList ratings{tr("满意"), tr("基本满意"), tr("说不清楚"), tr("不太满意"),
                              tr("不满意")};
    for (int i = 0; i < ratings.size(); ++i)
        m_rating->addItem(QStringLiteral("%1 %2").arg(i + 1).arg(ratings.at(i)), i + 1);
    sf->addRow(tr("健康状态自我评估"), m_rating);
    m_cognitive = yesNo(screens, QStringLiteral("cognitive"), tr("粗筛阴性"),
                        tr("粗筛阳性（任一次未能复述三个词）"));
    sf->addRow(tr("认知功能（三个词，即刻及1分钟后复述）"), m_cognitive);
    m_mmse = new QSpinBox(screens);
    m_mmse->setObjectName(QStringLiteral("mmse"));
    m_mmse->setRange(-1, 30);
    m_mmse->setSpecialValueText(tr("未查"));
    m_mmse->setValue(-1);
    sf->addRow(tr("简易智力状态检查（MMSE）总分"), m_mmse);
    m_mood = yesNo(screens, QStringLiteral("mood"), tr("粗筛阴性"),
                   tr("粗筛阳性（回答“是”或“我想不是十分好”）"));
    sf->addRow(tr("情感状态（你经常感到伤心或抑郁吗）"), m_mood);
    m_gds = new QSpinBox(screens);
    m_gds->setObjectName(QStringLiteral("gds"));
    m_gds->setRange(-1, 30);
    m_gds->setSpecialValueText(tr("未查"));
    m_gds->setValue(-1);
    sf->addRow(tr("老年抑郁量表（GDS）评分"), m_gds);
    grid->addWidget(screens, 0, 1);
    m_tabs->addTab(assess, tr("1 健康状况评估"));
    for (QWidget *w : {static_cast<QWidget *>(m_rating), static_cast<QWidget *>(m_cognitive),
                       static_cast<QWidget *>(m_mood)})
        connect(static_cast<QComboBox *>(w), &QComboBox::currentIndexChanged, this,
                &ElderlyServiceDialog::refresh);
    connect(m_mmse, &QSpinBox::valueChanged, this, &ElderlyServiceDialog::refresh);
    connect(m_gds, &QSpinBox::valueChanged, this, &ElderlyServiceDialog::refresh);

    // 2 体格检查和辅助检查: the 健康体检表
    auto *exam = new QWidget(this);
    auto *ef = new QFormLayout(exam);
    m_check = new QComboBox(exam);
    m_check->setObjectName(QStringLiteral("healthCheck"));
    ef->addRow(tr("本次服务的健康体检表"), m_check);
    auto *newCheck = new QPushButton(tr("填写新的健康体检表…"), exam);
    newCheck->setObjectName(QStringLiteral("newHealthCheck"));
    ef->addRow(QString(), newCheck);
    m_checkFindings = new QLabel(exam);
    m_checkFindings->setObjectName(QStringLiteral("checkFindings"));
    m_checkFindings->setWordWrap(true);
    ef->addRow(tr("体检发现"), m_checkFindings);
    m_chronic = new QPushButton(tr("登记慢病患者健康管理…"), exam);
    m_chronic->setObjectName(QStringLiteral("registerChronic"));
    ef->addRow(QString(), m_chronic);
    m_tabs->addTab(exam, tr("2 体格检查和辅助检查"));
    connect(newCheck, &QPushButton::clicked, this, &ElderlyServiceDialog::newHealthCheck);
    connect(m_check, &QComboBox::currentIndexChanged, this, &ElderlyServiceDialog::refresh);
    connect(m_chronic, &QPushButton::clicked, this, [this] {
        RegistrationDialog d(m_context, m_residentId, this);
        d.exec();
    });

    // 3 健康指导
    auto *guide = new QWidget(this);
    auto *gl = new QVBoxLayout(guide);
    for (const auto &[code, label] : Models::elderlyGuidanceItems()) {
        auto *c = new QCheckBox(label, guide);
        c->setObjectName(QStringLiteral("guidance_") + code);
        c->setProperty("code", code);
        m_guidance << c;
        gl->addWidget(c);
        connect(c, &QCheckBox::toggled, this, &ElderlyServiceDialog::refresh);
    }
    auto *nf = new QFormLayout;
    m_next = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_next->setObjectName(QStringLiteral("nextVisit"));
    m_next->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_next->setCalendarPopup(true);
    nf->addRow(tr("下次服务日期"), m_next);
    gl->addLayout(nf);
    gl->addStretch();
    m_tabs->addTab(guide, tr("3 健康指导"));

    m_status = new MessageBanner(MessageBanner::Info, this);
    m_status->setObjectName(QStringLiteral("status"));
    outer->addWidget(m_status);
    m_error = new MessageBanner(this);
    outer->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ElderlyServiceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ElderlyServiceDialog::reject);

    openHealthCheck = [this](const QJsonObject &prefill) {
        HealthFormDialog d(m_context, m_residentId, HealthFormDialog::HealthCheck, this);
        d.form()->setValues(prefill);
        return d.exec() == QDialog::Accepted ? d.savedId() : QString();
    };
    loadChecks();
    m_guard = new FormGuard(this, m_context, QStringLiteral("elderly_service"), m_residentId);
    refresh();
    m_date->setFocus();
}

void ElderlyServiceDialog::loadChecks(const QString &select)
{
    const QSignalBlocker block(m_check);
    m_check->clear();
    m_check->addItem(tr("（尚无）"), QString());
    auto checks = Models::HealthRecordRepository(m_context.connection)
                      .healthChecks(m_context.scope, m_residentId);
    if (checks)
        for (const auto &h : *checks)
            if (h.checkDate.year() == m_date->date().year())
                m_check->addItem(tr("%1 健康体检表").arg(h.checkDate.toString(Qt::ISODate)), h.id);
    const int i = select.isEmpty() ? (m_check->count() > 1 ? 1 : 0) : m_check->findData(select);
    m_check->setCurrentIndex(std::max(0, i));
}

Models::ElderlyService ElderlyServiceDialog::collect() const
{
    Models::ElderlyService s;
    s.residentId = m_residentId;
    s.date = m_date->date();
    s.doctor = m_context.scope.userId;
    s.healthCheckId = m_check->currentData().toString();
    for (auto *c : m_selfCare)
        if (c->currentData().isValid())
            s.selfCare.insert(c->property("code").toString(), c->currentData().toInt());
    if (m_rating->currentData().isValid())
        s.selfRating = m_rating->currentData().toInt();
    if (m_cognitive->currentData().isValid())
        s.cognitivePositive = m_cognitive->currentData().toInt() == 1;
    if (m_mmse->value() >= 0)
        s.mmse = m_mmse->value();
    if (m_mood->currentData().isValid())
        s.moodPositive = m_mood->currentData().toInt() == 1;
    if (m_gds->value() >= 0)
        s.gds = m_gds->value();
    for (auto *c : m_guidance)
        if (c->isChecked())
            s.guidance << c->property("code").toString();
    s.nextVisit = m_next->date();
    return s;
}

QStringList ElderlyServiceDialog::missing() const
{
    const auto s = collect();
    return Models::elderlyMissingParts(s, rules(), !s.healthCheckId.isEmpty());
}

QString ElderlyServiceDialog::statusText() const
{
    return m_status->text();
}

void ElderlyServiceDialog::refresh()
{
    const auto s = collect();
    if (auto r = rules().score(s.selfCare); r)
        m_selfCareTotal->setText(tr("%1 分：%2").arg(r->score).arg(r->band.displayLabel()));
    else
        m_selfCareTotal->setText(tr("五项评完后计算"));
    m_mmse->setEnabled(s.cognitivePositive.value_or(false));
    m_gds->setEnabled(s.moodPositive.value_or(false));
    // What the check found: blood pressure or glucose in the range of hypertension / diabetes.
    QStringList findings;
    if (!s.healthCheckId.isEmpty())
        if (auto h = Models::HealthRecordRepository(m_context.connection)
                         .healthCheck(m_context.scope, s.healthCheckId);
            h) {
            const double sbp = h->form.value(QStringLiteral("sbp_left")).toVariant().toDouble();
            const double dbp = h->form.value(QStringLiteral("dbp_left")).toVariant().toDouble();
            const double fbg = h->form.value(QStringLiteral("fbg")).toVariant().toDouble();
            if (sbp >= 140 || dbp >= 90)
                findings
                    << tr("血压 %1/%2 mmHg，达到高血压标准，请确诊后纳入管理").arg(sbp).arg(dbp);
            if (fbg >= 7.0)
                findings << tr("空腹血糖 %1 mmol/L，达到糖尿病标准，请确诊后纳入管理").arg(fbg);
        }
    m_checkFindings->setText(findings.isEmpty() ? tr("无需纳入慢病管理的发现")
                                                : findings.join(QLatin1Char('\n')));
    m_chronic->setVisible(!findings.isEmpty());
    const QStringList miss = Models::elderlyMissingParts(s, rules(), !s.healthCheckId.isEmpty());
    QStringList labels;
    for (const QString &m : miss)
        labels << Models::elderlyPartLabel(m);
    if (miss.isEmpty())
        m_status->showMessage(tr("本年度服务完整：记录、体检、指导和评估表都已齐全。"),
                              MessageBanner::Success);
    else
        m_status->showMessage(tr("本年度服务尚缺：%1").arg(labels.join(tr("、"))),
                              MessageBanner::Warning);
}

void ElderlyServiceDialog::newHealthCheck()
{
    QJsonObject prefill;
    Models::applyToHealthCheckForm(collect(), rules(), prefill);
    const QString id = openHealthCheck(prefill);
    if (!id.isEmpty())
        loadChecks(id);
    refresh();
}

void ElderlyServiceDialog::save()
{
    auto saved =
        Models::ElderlyRepository(m_context.connection).addService(m_context.scope, collect());
    if (!saved) {
        m_error->showMessage(saved.error().message, MessageBanner::Error);
        return;
    }
    m_savedId = saved->id;
    m_guard->saved();
    accept();
}

void ElderlyServiceDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace Gui
