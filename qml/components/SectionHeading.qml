// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtQuick.Controls

// A heading inside a page.
Label {
    font.bold: true
    FontMetrics {
        id: applicationFont
    }
    font.pointSize: applicationFont.font.pointSize * 1.15
    topPadding: 8
    Accessible.role: Accessible.Heading
}
