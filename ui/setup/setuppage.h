#pragma once

#include "clinicsetupfile.h"

#include <QJsonObject>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace Gui {

class MessageBanner;

// One page of the setup wizard. What it asks becomes its part of a setup file (docs/setup.md),
// so the wizard checks and applies exactly what `jiayi-cli setup --from` would; the file's
// problems (ClinicSetupFile, with their JSON paths) come back to the page that owns the path and
// are shown at the field or table cell they are about.
class SetupPage : public QWizardPage
{
    Q_OBJECT
public:
    // `keys`: the top-level keys of the setup file this page fills ("clinic", "townships"...).
    SetupPage(QStringList keys, QWidget *parent = nullptr);

    // Adds this page's part of the setup file to `root`. `forFile`: written to disk for other
    // machines, so passwords are left out (password_file names instead).
    virtual void contribute(QJsonObject &root, bool forFile) const;
    // Called before the page is checked (a field still being typed in is taken as it is).
    virtual void prepare() {}
    // Checks the setup file cannot make (two passwords the same, a credit code's check
    // character...), as problems with a path this page owns.
    virtual QVector<Models::SetupProblem> ownProblems() const { return {}; }
    // Problems this page does not show (an administrator already logged in has no password here).
    virtual bool ignores(const Models::SetupProblem &) const { return false; }

    bool owns(const QString &where) const;
    // Shows this page's problems out of `all` at their fields (the first one gets the focus) and
    // as lines under the page; true when it has none.
    bool showProblems(const QVector<Models::SetupProblem> &all);
    void clearProblems();
    MessageBanner *banner() const { return m_banner; }

protected:
    // Marks the field or cell `p` is about and returns its name for the line under the page
    // ("第 2 行 代码"); `focus` for the first problem.
    virtual QString place(const Models::SetupProblem &p, bool focus) = 0;
    virtual void clearMarks() {}
    static void mark(QWidget *field, bool bad, const QString &reason = {});
    // Index i of "name[i]" at the start of `path` after `prefix` ("townships[0].villages[3].code",
    // "townships[0].villages") -> 3; -1 when absent.
    static int indexAfter(const QString &path, const QString &prefix);
    // The part of the path after its last dot ("code").
    static QString leaf(const QString &path);
    // The page's layout, with the banner at its foot (add widgets before it).
    QVBoxLayout *body() const { return m_body; }
    QLabel *hint(const QString &text);

private:
    QStringList m_keys;
    QVBoxLayout *m_body = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace Gui
