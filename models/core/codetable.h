#pragma once

#include <QList>
#include <QString>

namespace Models {

struct Code
{
    QString code;
    QString zh;
    QString en;
    QString label() const; // in the current UI language
};

// Code lists shipped as versioned data files (resources/codes/<name>.json), loaded once.
class CodeTable
{
public:
    static const CodeTable &get(const QString &name);
    QString name() const { return m_name; }
    QString version() const { return m_version; }
    const QList<Code> &codes() const { return m_codes; }
    bool contains(const QString &code) const;
    QString label(const QString &code) const; // the code itself when unknown

    static void setEnglish(bool english); // chosen by the app from settings or --lang
    static bool english();

private:
    QString m_name;
    QString m_version;
    QList<Code> m_codes;
};

} // namespace Models
