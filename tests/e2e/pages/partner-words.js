// A partner's own words for a language we ship, loaded before our script (README: "Your own words").
(self.SafetyWidgetsLanguages = self.SafetyWidgetsLanguages || []).push({ lang: 'vi', strings: { quickExit: { label: 'Rời trang này ngay' }, hotline: { danger: 'Bạn đang gặp nguy hiểm?' } } });
dispatchEvent(new Event('safety-widgets-language'));
