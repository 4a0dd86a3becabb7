#include "signaturepanel.h"

#include "recordsigner.h"
#include "staffdirectory.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

SignaturePanel::SignaturePanel(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("signaturePanel"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("signatureState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_sign = new QPushButton(tr("签名 (Ctrl+G)…"), this);
    m_sign->setObjectName(QStringLiteral("signEntry"));
    m_sign->setShortcut(QKeySequence(QStringLiteral("Ctrl+G")));
    m_sign->setVisible(m_context.scope.can(QStringLiteral("record.write")));
    auto *title = new QLabel(tr("电子签名"), this);
    title->setStyleSheet(QStringLiteral("font-weight:bold"));
    auto *row = new QHBoxLayout;
    row->addWidget(title);
    row->addStretch();
    row->addWidget(m_sign);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 2);
    layout->addLayout(row);
    layout->addWidget(m_state);
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    hide();
}

QString SignaturePanel::signableEntity(const QString &timelineKind)
{
    if (timelineKind == QLatin1String("encounter") ||
        timelineKind == QLatin1String("chronic_followup"))
        return timelineKind;
    if (timelineKind == QLatin1String("vaccination"))
        return QStringLiteral("immunization_dose");
    return {};
}

void SignaturePanel::setEntry(const QString &timelineKind, const QString &entryId)
{
    m_entity = signableEntity(timelineKind);
    m_id = entryId;
    refresh();
}

void SignaturePanel::refresh()
{
    if (m_entity.isEmpty() || m_id.isEmpty()) {
        hide();
        return;
    }
    show();
    const Models::RecordSigner signer(m_context.connection);
    auto s = signer.verify(m_context.scope, m_entity, m_id);
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    QString text;
    if (!s) {
        text = s.error().message.toHtmlEscaped();
    } else if (!s->isSigned) {
        text = tr("未签名");
        // A correction is a new version: say that the version it replaces was signed.
        auto content = signer.canonicalContent(m_entity, m_id);
        const QString previous = content ? QJsonDocument::fromJson(*content)
                                               .object()
                                               .value(QLatin1String("supersedes"))
                                               .toString()
                                         : QString();
        if (!previous.isEmpty())
            if (auto p = signer.verify(m_context.scope, m_entity, previous); p && p->isSigned)
                text = tr("本条是更正后的新版本，尚未签名（更正前的版本由 %1 于 %2 "
                          "签名），需要重新签名")
                           .arg(p->signerName.toHtmlEscaped(),
                                p->signedAt.toLocalTime().toString(fmt));
        text = QStringLiteral("<span style='color:#8a6d00'>%1</span>").arg(text);
    } else {
        const QString who = tr("%1（%2）于 %3 签名（%4）")
                                .arg(s->signerName.toHtmlEscaped(), s->signerId.toHtmlEscaped(),
                                     s->signedAt.toLocalTime().toString(fmt), s->algorithm);
        if (s->ok())
            text = QStringLiteral("<span style='color:#2e7d32'>✔ %1</span>")
                       .arg(tr("已由 %1，签名后未被修改").arg(who));
        else if (!s->signatureValid)
            text = QStringLiteral("<span style='color:#c0392b'>✘ %1</span>")
                       .arg(tr("签名无效：签名数据被篡改（%1）").arg(who));
        else
            text = QStringLiteral("<span style='color:#c0392b'>✘ %1</span>")
                       .arg(tr("签名后记录已被修改，需要重新签名（原签名：%1）").arg(who));
    }
    m_state->setText(text);
    m_sign->setText(s && s->isSigned ? tr("重新签名 (Ctrl+G)…") : tr("签名 (Ctrl+G)…"));
    m_sign->setShortcut(QKeySequence(QStringLiteral("Ctrl+G")));
    // A valid signature of this content needs nothing more.
    m_sign->setVisible(m_context.scope.can(QStringLiteral("record.write")) && !(s && s->ok()));
}

bool SignaturePanel::sign(const QString &given)
{
    if (m_entity.isEmpty() || m_sign->isHidden())
        return false;
    QString password = given;
    if (password.isEmpty()) {
        bool ok = false;
        password = QInputDialog::getText(this, tr("电子签名"),
                                         tr("签名表示您确认本条记录。请输入您（%1）的登录密码：")
                                             .arg(Models::StaffDirectory(m_context.connection)
                                                      .displayName(m_context.scope.userId)),
                                         QLineEdit::Password, {}, &ok);
        if (!ok || password.isEmpty())
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // the key is opened with the password's KDF
    auto r =
        Models::RecordSigner(m_context.connection).sign(m_context.scope, m_entity, m_id, password);
    QApplication::restoreOverrideCursor();
    refresh();
    if (!r) {
        m_state->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>")
                             .arg(r.error().message.toHtmlEscaped()));
        return false;
    }
    emit signedEntry(m_entity, m_id);
    return true;
}

} // namespace Gui
