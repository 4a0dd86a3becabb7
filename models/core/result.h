#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Models {

// What went wrong, in a form the UI and the CLI can both use: `message` is already in the
// user's language; `field` names the form field at fault (empty when none); `detail` carries
// technical text (driver errors) that goes to logs, never into patient-facing wording.
struct Error
{
    QString code;    // stable machine code, e.g. "id.checksum", "db.constraint"
    QString message; // translated, for people
    QString field;   // form field at fault, e.g. "id_number"
    QString detail;  // technical detail for logs
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(QString code, QString message, QString field = {}, QString detail = {})
{
    return Error{std::move(code), std::move(message), std::move(field), std::move(detail)};
}

} // namespace Models
