#pragma once

#include "context.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Gui {

// Under an opened timeline entry: the electronic signature of a finished follow-up, encounter
// or dose. Says who signed and when, and whether the record is unchanged since (otherwise
// “签名后记录已被修改，需要重新签名”); 签名 (Ctrl+G) asks for the user's password, which opens
// their personal key (Ed25519, or SM2 under the 商用密码 suite; models/recordsigner.h).
class SignaturePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePanel(const Context &context, QWidget *parent = nullptr);

    // The table of a timeline kind that can be signed ("encounter", "chronic_followup",
    // "immunization_dose"); empty for kinds that are not signed (health checks, contracts...).
    static QString signableEntity(const QString &timelineKind);

    void setEntry(const QString &timelineKind, const QString &entryId);
    QLabel *stateLabel() const { return m_state; }
    QPushButton *signButton() const { return m_sign; }

public slots:
    // Signs the current entry; asks for the password when none is given. True when signed.
    bool sign(const QString &password = {});
    void refresh();

signals:
    void signedEntry(const QString &entity, const QString &entityId);

private:
    const Context &m_context;
    QString m_entity;
    QString m_id;
    QLabel *m_state = nullptr;
    QPushButton *m_sign = nullptr;
};

} // namespace Gui
