<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Endorsement Policies | ITMHCA</title>
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

<h1>Endorsement® Policies</h1>
<h2>Annual Renewal of Endorsement® Requirements</h2>
<p>Endorsement® is renewed every year. The requirements are listed on the <a href="/endorsement/endorserenew.php">renewal page</a>.</p>
<div class="notice"><strong>2024 Reminder:</strong> Infant Family Specialists and Infant Mental Health Specialists who provide RSC must hold the ERS add-on by December 2024 for the RSC they give to count toward Endorsement® from 2025 on.</div>
<h2>Reinstatement of Endorsement Lapses</h2>
<p>A professional who has not renewed ITMHCA membership or reported annual renewal hours by February 1 is removed from the Endorsement® Registry. Reinstatement requires the missed renewal hours, a reinstatement fee and a current ITMHCA membership.</p>
<h2>Applying for Endorsement® if Out of State Applicant</h2>
<p>ITMHCA accepts Endorsement® applications only from people who live in Arizona. If you work in Arizona but live in another state, apply in the state where you live. If your state of residence has no Endorsement® and your employer requires it, you may be able to apply through the Alliance for the Advancement of Infant Mental Health.</p>
<h2>Changing Endorsement® Categories</h2>
<p>Two categories or designations cannot be earned at the same time: earn one, then add another later. To add a category, an endorsed professional adds a new application inside EASy at least 4 weeks before the review deadline.</p>

</div>
<div id="footer">
  <p>The Infant Toddler Mental Health Coalition of Arizona (ITMHCA) is a 501(c)(3) nonprofit organization and an affiliate of the World Association for Infant Mental Health.</p>
  <p>For questions about Endorsement® please email <a href="mailto:azendorsement@gmail.com">azendorsement@gmail.com</a></p>
  <p class="copy">Copyright © 2025 ITMHCA &middot; <a href="/index.php">Home</a> &middot; <a href="/membership.php">Join ITMHCA</a></p>
</div>
</body>
</html>
