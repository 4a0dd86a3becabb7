#pragma once

#include "context.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

class QDialog;

namespace Gui {

// Never lose input (issue 14). Attached to a clinical form (a QDialog), it
// - asks before the form is closed (Esc, the close button, 取消) with anything entered:
//   放弃 / 继续填写, 继续填写 being the default;
// - keeps a draft of the form on disk (Models::DraftStore, sealed like the database), written
//   a moment after each change, removed when the form is saved or explicitly discarded;
// - offers the draft again (恢复草稿?) the next time the form opens for the same resident,
//   including after a crash.
// The form's values are read and written by FormSnapshot, so a dialog needs three lines: create
// the guard, call allowClose() from reject(), and saved() after a successful save.
class FormGuard : public QObject
{
    Q_OBJECT
public:
    // `form` names the form in the draft store ("encounter", "health_check", ...).
    FormGuard(QDialog *dialog, const Context &context, QString form, QString residentId);

    // A correction of an existing entry keeps its own draft.
    void setForm(const QString &form) { m_form = form; }
    bool isDirty() const;
    // Asks when the form holds input; true when the dialog may close (the draft is then gone).
    bool allowClose();
    void saved(); // the form was stored: the draft is removed
    void writeDraftNow();
    QString draftPath() const;

    // Milliseconds between the last change and writing the draft.
    static int draftDelay;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void begin();
    void watch();
    void changed();

    QDialog *m_dialog;
    const Context &m_context;
    QString m_form;
    QString m_residentId;
    QJsonObject m_baseline;
    bool m_started = false;
    QTimer m_timer;
};

} // namespace Gui
