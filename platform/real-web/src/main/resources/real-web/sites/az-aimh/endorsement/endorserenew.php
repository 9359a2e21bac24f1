<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Annual Renewal | ITMHCA</title>
<link rel="stylesheet" href="/css/normalize.css">
<link rel="stylesheet" href="/css/itmhca.css?v=2019.3">
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/menu.js"></script>
<!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]-->
</head>
<body class="endorsement">
<div id="top-bar">
  <ul class="social-links">
    <li><a href="https://www.facebook.com/ITMHCA/" target="_blank"><img src="/images/icons/fb.png" alt="">Follow us on Facebook</a></li>
    <li><a href="https://twitter.com/ITMHCA" target="_blank"><img src="/images/icons/tw.png" alt="">Follow us on Twitter</a></li>
    <li><a href="https://www.instagram.com/itmhca/" target="_blank"><img src="/images/icons/ig.png" alt="">Follow us on Instagram</a></li>
  </ul>
  <ul class="partner-links">
    <li><a href="https://www.allianceaimh.org/" target="_blank"><img src="/images/logos/alliance_sm.png" alt="Alliance for the Advancement of Infant Mental Health"></a></li>
    <li><a href="https://waimh.org/" target="_blank"><img src="/images/logos/waimh_sm.png" alt="World Association for Infant Mental Health"></a></li>
    <li><a href="https://itmhca.myeasy.org/" target="_blank"><img src="/images/logos/easy_sm.png" alt="EASy">EASy ITMHCA Endorsement Application System</a></li>
  </ul>
</div>
<div id="header">
  <a href="/index.php" class="logo"><img src="/images/itmhca_logo_2017.png" alt="ITMHCA"></a>
  <div class="site-title">The Infant Toddler Mental Health Coalition of Arizona</div>
</div>
<div id="nav">
  <a href="#" class="menu-toggle" onclick="toggleMenu();return false;">View Menu</a>
  <ul id="menu">
    <li><a href="/index.php">Home</a></li>
    <li class="has-sub"><a href="/aboutus.php">About Us</a>
      <ul>
        <li><a href="/aboutus.php">Mission &amp; Vision</a></li>
        <li><a href="/awards.php">Awards</a></li>
      </ul>
    </li>
    <li class="has-sub"><a href="/endorsement/">Endorsement®</a>
      <ul>
        <li><a href="/endorsement/IMH-E_Requirements.php">IMH-E® Requirements</a></li>
        <li><a href="/endorsement/endorsement-faqs.php">Frequently Asked Questions</a></li>
        <li><a href="/endorsement/policies.php">Endorsement® Policies</a></li>
        <li><a href="/endorsement/endorserenew.php">Annual Renewal</a></li>
        <li><a href="/endorsement/member-endorsements.php">Endorsed Members</a></li>
      </ul>
    </li>
    <li><a href="/institute.php">Institute</a></li>
    <li><a href="/membership.php">Membership</a></li>
  </ul>
</div>
<div id="content">

<h1>Renewing Your Endorsement®</h1>
<p>All Endorsed® professionals renew their Endorsement® every year, by December 31.</p>
<p>Renewal means documenting:</p>
<ol>
<li>At least 15 clock hours of relationship-based education and training on the promotion of social-emotional development or the practice of infant mental health (regional trainings, college courses, infant mental health conferences, in-service trainings, webinars and similar);</li>
<li>A renewed membership in ITMHCA or another infant mental health association;</li>
<li>Payment of the $25 annual renewal fee.</li>
</ol>
<p>ITMHCA recommends ongoing reflective supervision/consultation for every endorsed professional doing relationship-focused work.</p>
<h2>How to renew in EASy</h2>
<ol>
<li>Log in to EASy with the username and password it issued you.</li>
<li>Enter your continuing education hours in the Training tab.</li>
<li>Enter your RSC hours, if applicable.</li>
<li>Sign the Code of Ethics again before submitting.</li>
<li>Pay the $25 renewal fee when you submit.</li>
</ol>
<p><strong>Please note:</strong> renewals submitted after December 31 carry a $35 fee.</p>

</div>
<div id="footer">
  <p>The Infant Toddler Mental Health Coalition of Arizona (ITMHCA) is a 501(c)(3) nonprofit organization and an affiliate of the World Association for Infant Mental Health.</p>
  <p>For questions about Endorsement® please email <a href="mailto:azendorsement@gmail.com">azendorsement@gmail.com</a></p>
  <p class="copy">Copyright © 2025 ITMHCA &middot; <a href="/index.php">Home</a> &middot; <a href="/membership.php">Join ITMHCA</a></p>
</div>
</body>
</html>
