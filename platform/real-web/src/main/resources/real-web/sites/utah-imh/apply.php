<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Apply | Infant and Early Childhood Mental Health | The University of Utah</title>
<link rel="stylesheet" href="https://templates.utah.edu/_main-v3-1/css/main.min.css">
<link rel="stylesheet" href="https://imh.utah.edu/_resources/css/custom.css">
<script src="https://templates.utah.edu/_main-v3-1/js/main.min.js" defer></script>
</head>
<body class="has-headernav">
<a class="uu-skip-link" href="#skip-link-target">Skip to content</a>
<div id="uu-alert" class="uu-alert" role="alert"><p><strong>Campus Alert:</strong> Check the University emergency page for weather closures and updates. <a href="https://alert.utah.edu/">alert.utah.edu</a></p></div>
<header class="uu-header">
<div class="uu-header__container">
<div class="uu-header__top"><a class="uu-header__logo" href="https://www.utah.edu/"><img src="https://templates.utah.edu/_main-v3-1/images/template/university-of-utah-logo.svg" alt="The University of Utah"></a>
<div class="uu-header__middle"><span class="uu-header__site-title"><a href="/">Infant and Early Childhood Mental Health</a></span><span class="uu-header__site-subtitle">College of Social and Behavioral Sciences</span></div>
<div class="uu-header__actions"><a class="btn btn-sm" href="/apply.php">Apply</a> <a class="btn btn-sm btn-outline" href="/contact.php">Request Info</a> <a class="uu-search-toggle" href="https://www.utah.edu/search/">Search</a></div></div>
<nav class="uu-menu" aria-label="Main Navigation"><h2 class="sr-only">Main Navigation</h2><ul class="uu-menu__level1"><li><a href="/">Home</a></li><li><a href="/certificate-information.php">Certificate Information</a></li><li><a href="/certificate-requirements.php">Certificate Requirements</a></li><li class="active"><a href="/apply.php">Apply</a></li><li><a href="/community-partners.php">Community Partners</a></li><li><a href="/news.php">News</a></li><li><a href="/contact.php">Contact</a></li></ul></nav>
</div>
</header>
<main class="uu-main" id="skip-link-target">
<div class="page-container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://www.utah.edu/">The University of Utah</a></li><li class="breadcrumb-item"><a href="/">Infant &amp; Early Childhood Mental Health</a></li><li class="breadcrumb-item active" aria-current="page">Apply</li></ol></nav>
<div class="row"><div class="col-md-12">
<h1 class="page-title">Apply to the Certificate</h1>

<p>The certificate is open to University of Utah students. Many of our students major in Family and Consumer Studies or Psychology, and certificate courses partly satisfy requirements in those departments.</p>
<h2>How to apply</h2>
<ol><li>Complete the online application form.</li><li>Tell us about your program of study and why you want to work with young children and families.</li><li>Meet with the certificate coordinator to plan your two-year schedule.</li></ol>
<p><a class="btn" href="https://utah.co1.qualtrics.com/jfe/form/SV_iecmh-certificate">Start the application</a></p>
<p>Questions? <a href="/contact.php">Contact us</a>.</p>

</div></div></div>
</main>
<footer class="uu-footer">
<div class="uu-footer__top"><div class="footer-col"><h2 class="footer-heading">Infant and Early Childhood Mental Health Certificate</h2><p>College of Social and Behavioral Sciences<br>The University of Utah<br>380 S 1530 E<br>Salt Lake City, UT 84112</p></div>
<div class="footer-col"><h2 class="footer-heading">Quick Links</h2><ul><li><a href="https://csbs.utah.edu/">CSBS</a></li><li><a href="https://fcs.utah.edu/">Family and Consumer Studies</a></li><li><a href="https://psychology.utah.edu/">Psychology</a></li></ul></div></div>
<div class="uu-footer__bottom"><p>&copy; 2025 The University of Utah &middot; 201 Presidents Circle, Salt Lake City, UT 84112 &middot; 801-581-7200</p><ul class="uu-footer__links"><li><a href="https://www.utah.edu/nondiscrimination/">Nondiscrimination &amp; Accessibility</a></li><li><a href="https://www.utah.edu/privacy/">Privacy</a></li><li><a href="https://www.utah.edu/disclaimer/">Disclaimer</a></li></ul></div>
</footer>
</body>
</html>
