// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtQuick.Controls

// A quiet explanatory line: what is assumed, unknown or missing, and why.
Label {
    visible: text.length > 0
    wrapMode: Text.Wrap
    color: palette.placeholderText
    font.italic: true
}
