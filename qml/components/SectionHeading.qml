// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtQuick.Controls

// A heading inside a page.
Label {
    font.bold: true
    font.pointSize: Qt.application.font.pointSize * 1.15
    topPadding: 8
    Accessible.role: Accessible.Heading
}
