// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/bytescan.h"

#include <QByteArrayView>
#include <QString>

#include <array>
#include <string>

namespace oom::framing {

// Host and ident strings repeat on almost every line of a log; handing out the same
// implicitly shared QString for the same bytes saves one allocation per record and field.
// Keeps the N most recently added strings (a journal alternates "kernel", "systemd",
// "containerd", …).
template<std::size_t N>
class StringInterner
{
public:
    const QString &intern(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return m_empty;
        for (const Entry &entry : m_entries) {
            if (sameBytes(QByteArrayView(entry.bytes.data(), qsizetype(entry.bytes.size())), bytes))
                return entry.text;
        }
        Entry &entry = m_entries[m_next];
        m_next = (m_next + 1) % N;
        entry.bytes.assign(bytes.data(), size_t(bytes.size()));
        entry.text = QString::fromUtf8(bytes);
        return entry.text;
    }

private:
    struct Entry {
        std::string bytes;
        QString text;
    };
    std::array<Entry, N> m_entries;
    std::size_t m_next = 0;
    QString m_empty;
};

} // namespace oom::framing
