#include "pinyin.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QVarLengthArray>

#include <array>
#include <vector>

namespace Models {

namespace {

Q_LOGGING_CATEGORY(lcPinyin, "jiayi.pinyin")

// The table covers CJK Extension A (U+3400-4DBF) and the Unified Ideographs (U+4E00-9FFF). The
// two blocks are adjacent enough that one directly indexed array over U+3400-9FFF (27,648 slots
// of 2 bytes) is both the smallest and the fastest lookup: no hashing per character.
constexpr char32_t kFirst = 0x3400;
constexpr char32_t kLast = 0x9FFF;

struct Entry
{
    QStringList full;     // readings, most likely first
    QStringList initials; // distinct first letters of `full`, same order
};

class Table
{
public:
    Table() { load(); }

    const Entry *lookup(char32_t ch) const
    {
        if (ch < kFirst || ch > kLast)
            return nullptr;
        const quint16 i = m_index[ch - kFirst];
        return i == 0 ? nullptr : &m_entries[i];
    }

    // A one-character string for an ASCII letter or digit, shared by every caller.
    const QString &single(char c) const { return m_singles[static_cast<unsigned char>(c)]; }

private:
    void load();
    QString intern(QByteArrayView text);

    // Only a few thousand distinct reading lists exist, so characters share entries by index;
    // entry 0 is "no readings".
    std::vector<Entry> m_entries;
    std::vector<quint16> m_index;
    std::array<QString, 128> m_singles;
    QHash<QByteArray, QString> m_syllables; // interned so equal readings share one buffer
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QString Table::intern(QByteArrayView text)
{
    const QByteArray key = text.toByteArray();
    auto it = m_syllables.constFind(key);
    if (it == m_syllables.cend())
        it = m_syllables.insert(key, QString::fromLatin1(key));
    return it.value();
}

void Table::load()
{
    for (char c = '0'; c <= '9'; ++c)
        m_singles[c] = QString(QLatin1Char(c));
    for (char c = 'a'; c <= 'z'; ++c)
        m_singles[c] = QString(QLatin1Char(c));
    m_entries.emplace_back();
    m_index.assign(kLast - kFirst + 1, 0);

    QFile file(QStringLiteral(":/pinyin/pinyin.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        // Without the table names still work; they just cannot be searched by pinyin.
        qCWarning(lcPinyin) << "cannot open" << file.fileName() << file.errorString();
        return;
    }
    const QByteArray data = file.readAll();

    QHash<QByteArray, quint16> byReadings;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView line(data.constData() + pos, end - pos);
        pos = end + 1;

        char32_t cp = 0;
        qsizetype i = 0;
        for (int d; i < line.size() && (d = hexValue(line[i])) >= 0; ++i)
            cp = cp * 16 + char32_t(d);
        if (i == 0 || i >= line.size() || line[i] != ' ' || cp < kFirst || cp > kLast)
            continue;
        const QByteArray readings = line.sliced(i + 1).toByteArray().trimmed();
        if (readings.isEmpty())
            continue;

        auto found = byReadings.constFind(readings);
        if (found == byReadings.cend()) {
            if (m_entries.size() > 0xFFFF) {
                qCWarning(lcPinyin) << "too many distinct reading lists; table truncated";
                break;
            }
            Entry entry;
            for (const QByteArray &syllable : readings.split(' ')) {
                if (syllable.isEmpty())
                    continue;
                entry.full.append(intern(syllable));
                const QString &initial = single(syllable.front());
                if (!initial.isEmpty() && !entry.initials.contains(initial))
                    entry.initials.append(initial);
            }
            if (entry.initials.isEmpty())
                continue;
            found = byReadings.insert(readings, quint16(m_entries.size()));
            m_entries.push_back(std::move(entry));
        }
        m_index[cp - kFirst] = found.value();
    }
    m_syllables.clear();
}

const Table &table()
{
    // Function-local static: loaded on first use, and C++ guarantees thread-safe initialisation.
    static const Table t;
    return t;
}

// The alternatives for one position of the text.
struct Slot
{
    const QString *alts;
    int count;
};

using Slots = QVarLengthArray<Slot, 16>;

// ASCII (and full-width, as typed by Chinese input methods) letters and digits, lower-cased;
// 0 for anything else.
char passThrough(char32_t ch)
{
    if (ch >= 0xFF01 && ch <= 0xFF5E)
        ch -= 0xFEE0;
    if (ch >= 'A' && ch <= 'Z')
        return char(ch - 'A' + 'a');
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
        return char(ch);
    return 0;
}

Slots slotsFor(const QString &text, bool initials)
{
    const Table &t = table();
    Slots out;
    const QChar *p = text.constData();
    const QChar *end = p + text.size();
    while (p < end) {
        char32_t ch = p->unicode();
        if (p->isHighSurrogate() && p + 1 < end && p[1].isLowSurrogate()) {
            ch = QChar::surrogateToUcs4(*p, p[1]);
            ++p;
        }
        ++p;
        if (const Entry *e = t.lookup(ch)) {
            const QStringList &alts = initials ? e->initials : e->full;
            out.append({alts.constData(), int(alts.size())});
        } else if (const char c = passThrough(ch)) {
            out.append({&t.single(c), 1});
        }
    }
    return out;
}

// The cartesian product of the slots, capped. Variants come in order of the total rank of the
// readings used, so every "one reading off" spelling precedes any "two readings off" one; within
// a rank, earlier positions deviate first, because the surname is where a second reading
// matters most (曾 zeng/ceng before 明 ming/meng).
class Combiner
{
public:
    Combiner(const Slots &parts, int cap) : m_slots(parts), m_cap(cap)
    {
        const qsizetype n = parts.size();
        m_choice.resize(n);
        m_suffixMax.resize(n + 1);
        m_suffixMax[n] = 0;
        for (qsizetype i = n - 1; i >= 0; --i)
            m_suffixMax[i] = m_suffixMax[i + 1] + parts[i].count - 1;
    }

    QStringList run()
    {
        if (m_slots.isEmpty() || m_cap <= 0)
            return m_out;
        m_out.reserve(qMin<qsizetype>(m_cap, 8));
        for (int sum = 0; sum <= m_suffixMax[0] && m_out.size() < m_cap; ++sum)
            walk(0, sum);
        return m_out;
    }

private:
    void walk(qsizetype i, int rest)
    {
        if (i == m_slots.size()) {
            output();
            return;
        }
        // The rank here must leave a remainder the later positions can still absorb.
        const int lo = qMax(0, rest - m_suffixMax[i + 1]);
        const int hi = qMin(m_slots[i].count - 1, rest);
        for (int r = hi; r >= lo && m_out.size() < m_cap; --r) {
            m_choice[i] = r;
            walk(i + 1, rest - r);
        }
    }

    void output()
    {
        qsizetype length = 0;
        for (qsizetype i = 0; i < m_slots.size(); ++i)
            length += m_slots[i].alts[m_choice[i]].size();
        QString s;
        s.reserve(length);
        for (qsizetype i = 0; i < m_slots.size(); ++i)
            s.append(m_slots[i].alts[m_choice[i]]);
        // Distinct choices can still spell the same string ("xian"+"e" vs "xi"+"ane").
        if (!m_out.contains(s))
            m_out.append(std::move(s));
    }

    const Slots &m_slots;
    const int m_cap;
    QVarLengthArray<int, 16> m_choice;
    QVarLengthArray<int, 17> m_suffixMax;
    QStringList m_out;
};

} // namespace

QStringList Pinyin::readings(char32_t ch)
{
    const Entry *e = table().lookup(ch);
    return e ? e->full : QStringList();
}

QStringList Pinyin::fullVariants(const QString &text, int maxVariants)
{
    return Combiner(slotsFor(text, false), maxVariants).run();
}

QStringList Pinyin::initialVariants(const QString &text, int maxVariants)
{
    return Combiner(slotsFor(text, true), maxVariants).run();
}

QString Pinyin::sortKey(const QString &text)
{
    const QStringList variants = fullVariants(text, 1);
    return variants.isEmpty() ? QString() : variants.first();
}

} // namespace Models
